import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nativeDialogs, scanDialogs } from "../../scripts/native-dialogs";

describe("the native dialog check", () => {
  it("finds confirm(), alert() and prompt(), and not methods, names or comments", () => {
    const tsx = [
      'if (!confirm("Delete?")) return;',
      'window.alert("Saved");',
      "const name = prompt ('Name?');",
      "// never the browser's confirm()",
      "const { ask } = useConfirm();",
      "const confirm = async () => {};",
      "dialog.confirm();",
      "onClick={confirm}",
    ].join("\n");
    expect(nativeDialogs("x.tsx", tsx).map((f) => [f.line, f.text])).toEqual([
      [1, "confirm("],
      [2, "window.alert("],
      [3, "prompt ("],
    ]);
  });

  it("scans a folder", () => {
    const root = mkdtempSync(join(tmpdir(), "dialogs-"));
    writeFileSync(join(root, "Ok.tsx"), "export const ok = () => ask({ title: 'x' });");
    expect(scanDialogs(root)).toEqual([]);
    writeFileSync(join(root, "Bad.tsx"), "export const bad = () => alert('x');");
    expect(scanDialogs(root).map((f) => f.text)).toEqual(["alert("]);
  });

  it("passes on the web app as it is", () => {
    expect(scanDialogs("web/src")).toEqual([]);
  });
});
