/**
 * @module platform/api-reference
 * A readable reference page for the API document: one self-contained HTML page with no script.
 * Written here rather than taken from a library because the usual viewers load megabytes of script
 * from a CDN, which neither works offline nor passes this app's Content-Security-Policy (no third-party
 * origins). `@scalar/hono-api-reference` is such a viewer: its page loads its bundle from a CDN and
 * starts it with an inline script; self-hosting would mean shipping its multi-megabyte standalone
 * bundle with the app and allowing inline script, for a page that needs none.
 */
import { escapeHtml as e } from "./html";

type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  summary?: string;
  description?: string;
  tags?: string[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  parameters?: { name: string; in: string; required?: boolean }[];
  responses?: Record<string, { description?: string }>;
};
type Doc = {
  info: { title: string; description?: string };
  paths?: object;
};

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:900px;margin:0 auto;padding:16px;color:#1f2933}
h2{border-bottom:1px solid #cbd2d9;margin-top:32px}.op{margin:16px 0;padding:8px 12px;border:1px solid #e4e7eb;border-radius:6px}
h3{font-size:16px;margin:4px 0}.m{display:inline-block;min-width:60px;font-size:13px;padding:2px 6px;border-radius:4px;background:#e4e7eb}
.get{background:#d1fae5}.post{background:#dbeafe}.patch,.put{background:#fef3c7}.delete{background:#fee2e2}
.who{font-size:13px;color:#3e4c59}pre{background:#f5f7fa;padding:8px;overflow:auto;font-size:13px}.d{color:#3e4c59}`;

/**
 * The page's policy: nothing but its own inline stylesheet, allowed by its hash (no `'unsafe-inline'`),
 * replacing the API's `default-src 'none'`, which would block it.
 */
export async function docsPolicy(): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(STYLE));
  const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
  return `default-src 'none'; style-src 'sha256-${hash}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;
}

const who = (op: Operation) =>
  op.security === undefined ? "Needs the session" : op.security.some((r) => !Object.keys(r).length) ? "Public" : "";

const schemaText = (schema: unknown) => e(JSON.stringify(schema, null, 2) ?? "");

/** The whole document as one HTML page, grouped by tag. */
export function renderDocs(doc: Doc): string {
  const byTag = new Map<string, string[]>();
  for (const [path, ops] of Object.entries(doc.paths ?? {}) as [string, Record<string, Operation>][]) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters ?? []).map((p) => `${e(p.name)} (${e(p.in)}${p.required ? ", required" : ""})`);
      const body = Object.entries(op.requestBody?.content ?? {})
        .map(([type, c]) => `<details><summary>Body: ${e(type)}</summary><pre>${schemaText(c.schema)}</pre></details>`)
        .join("");
      const responses = Object.entries(op.responses ?? {})
        .map(([code, r]) => `<li><code>${e(code)}</code> ${e(r.description ?? "")}</li>`)
        .join("");
      const id = op.operationId ? ` id="${e(op.operationId)}"` : "";
      const html = `<section class="op"${id}><h3><span class="m ${e(method)}">${e(method.toUpperCase())}</span> <code>${e(path)}</code></h3>
<p>${e(op.summary ?? "")} <span class="who">${who(op)}</span></p>${op.description ? `<p class="d">${e(op.description)}</p>` : ""}
${params.length ? `<p>Parameters: ${params.join(", ")}</p>` : ""}${body}<ul>${responses}</ul></section>`;
      const tag = op.tags?.[0] ?? "Other";
      byTag.set(tag, [...(byTag.get(tag) ?? []), html]);
    }
  }
  const sections = [...byTag].map(([tag, ops]) => `<h2>${e(tag)}</h2>${ops.join("")}`).join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(doc.info.title)} reference</title><style>${STYLE}</style></head>
<body><main><h1>${e(doc.info.title)}</h1><p>${e(doc.info.description ?? "")}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>${sections}</main></body></html>`;
}
