/**
 * @module routes/docs
 * A readable reference page for the API document. Written here rather than taken from a library
 * because the usual viewers (Swagger UI, Redoc, Scalar) load megabytes of script from a CDN, which
 * neither works offline nor passes this app's Content-Security-Policy.
 */
import { escapeHtml as e } from "../mail/templates";

type Operation = {
  summary?: string;
  description?: string;
  tags?: string[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  parameters?: { name: string; in: string; required?: boolean }[];
  responses?: Record<string, { description?: string }>;
};
type Doc = { info: { title: string; description?: string }; paths?: Record<string, Record<string, Operation>> };

const schemaText = (schema: unknown) => e(JSON.stringify(schema, null, 2) ?? "");

/** The whole document as one HTML page, grouped by tag. */
export function renderDocs(doc: Doc): string {
  const byTag = new Map<string, string[]>();
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters ?? []).map((p) => `${e(p.name)} (${e(p.in)}${p.required ? ", required" : ""})`);
      const body = Object.entries(op.requestBody?.content ?? {})
        .map(([type, c]) => `<details><summary>Body: ${e(type)}</summary><pre>${schemaText(c.schema)}</pre></details>`)
        .join("");
      const responses = Object.entries(op.responses ?? {})
        .map(([code, r]) => `<li><code>${e(code)}</code> ${e(r.description ?? "")}</li>`)
        .join("");
      const html = `<section class="op"><h3><span class="m ${e(method)}">${e(method.toUpperCase())}</span> <code>${e(path)}</code></h3>
<p>${e(op.summary ?? "")}</p>${op.description ? `<p class="d">${e(op.description)}</p>` : ""}
${params.length ? `<p>Parameters: ${params.join(", ")}</p>` : ""}${body}<ul>${responses}</ul></section>`;
      const tag = op.tags?.[0] ?? "Other";
      byTag.set(tag, [...(byTag.get(tag) ?? []), html]);
    }
  }
  const sections = [...byTag].map(([tag, ops]) => `<h2>${e(tag)}</h2>${ops.join("")}`).join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(doc.info.title)} reference</title><style>
body{font:16px/1.5 system-ui,sans-serif;max-width:900px;margin:0 auto;padding:16px;color:#1f2933}
h2{border-bottom:1px solid #cbd2d9;margin-top:32px}.op{margin:16px 0;padding:8px 12px;border:1px solid #e4e7eb;border-radius:6px}
h3{font-size:16px;margin:4px 0}.m{display:inline-block;min-width:60px;font-size:13px;padding:2px 6px;border-radius:4px;background:#e4e7eb}
.get{background:#d1fae5}.post{background:#dbeafe}.patch,.put{background:#fef3c7}.delete{background:#fee2e2}
pre{background:#f5f7fa;padding:8px;overflow:auto;font-size:13px}.d{color:#3e4c59}</style></head>
<body><main><h1>${e(doc.info.title)}</h1><p>${e(doc.info.description ?? "")}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>${sections}</main></body></html>`;
}
