/**
 * Files in the library, kept in local R2: a manager uploads one at the size limit, a participant
 * downloads it as an attachment, anything larger or of a type not allowed is refused and stores
 * nothing, and outsiders cannot fetch a program-only file.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { LIBRARY_MAX_FILE_BYTES } from "../../workers/domain/library";
import type { Client } from "../helpers";
import { seedProgram } from "../seed";

async function setUp() {
  const ours = await seedProgram({ people: { reader: { name: "Rae Reader", role: "mentee" } } });
  const theirs = await seedProgram({ people: { x: { name: "Xena Out", role: "mentee" } } });
  return { ...ours, reader: await ours.as("reader"), outsider: await theirs.as("x") };
}

function upload(c: Client, programId: string, file: File, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set("file", file);
  form.set("title", fields.title ?? "Quarterly template");
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return c.request("POST", `/api/programs/${programId}/library/files`, { raw: form });
}

const stored = async () => (await env.LIBRARY_FILES.list({ prefix: "library/" })).objects.length;

describe("library files", () => {
  it("takes a file at the size limit and gives it back only to those who may read it", async () => {
    const { admin, program, reader, outsider } = await setUp();
    const bytes = new Uint8Array(LIBRARY_MAX_FILE_BYTES).fill(65);
    const res = await upload(admin, program.id, new File([bytes], "big report.pdf", { type: "application/pdf" }), {
      tags: "Data Analysis, public speaking",
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const entry = (await res.json()) as { id: string; fileName: string; tags: string[] };
    expect(entry).toMatchObject({ fileName: "big report.pdf", tags: ["data analysis", "public speaking"] });

    const download = await reader.request("GET", `/api/library/${entry.id}/file`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toBe("attachment; filename*=UTF-8''big%20report.pdf");
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await download.arrayBuffer()).byteLength).toBe(LIBRARY_MAX_FILE_BYTES);

    const refused = await outsider.request("GET", `/api/library/${entry.id}/file`);
    expect(refused.status).toBe(404);
    await refused.body?.cancel();
  });

  it("refuses a file too large, of a type not allowed, empty, or from a participant, storing nothing", async () => {
    const { admin, program, reader } = await setUp();
    const before = await stored();
    const tooBig = new File([new Uint8Array(LIBRARY_MAX_FILE_BYTES + 1)], "big.pdf", { type: "application/pdf" });
    const cases: [Client, File, Record<string, string>, number][] = [
      [admin, tooBig, {}, 413],
      [admin, new File(["<script>alert(1)</script>"], "page.html", { type: "text/html" }), {}, 415],
      [admin, new File(["MZ"], "tool.exe", { type: "application/x-msdownload" }), {}, 415],
      [admin, new File([], "empty.pdf", { type: "application/pdf" }), {}, 400],
      [admin, new File(["x"], "notes.txt", { type: "text/plain" }), { tags: "juggling" }, 400],
      [admin, new File(["x"], "notes.txt", { type: "text/plain" }), { title: "" }, 400],
      [reader, new File(["x"], "notes.txt", { type: "text/plain" }), {}, 404],
    ];
    for (const [client, file, fields, status] of cases) {
      const res = await upload(client, program.id, file, fields);
      expect(res.status, `${file.name}: ${await res.clone().text()}`).toBe(status);
      const code = { 413: "payload_too_large", 415: "unsupported_media_type", 400: "invalid_input", 404: "not_found" };
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code[status as keyof typeof code]);
    }
    expect(await stored()).toBe(before);
    const rows = await env.DB.prepare("SELECT count(*) AS n FROM library_entries WHERE program_id = ?")
      .bind(program.id)
      .first<{ n: number }>();
    expect(rows!.n).toBe(0);
  });
});
