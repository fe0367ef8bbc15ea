import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { BackLink } from "../../web/src/lib/BackLink";
import { Checkbox, Options, TextAreaField } from "../../web/src/lib/Field";
import { FigureCell, FigureSection } from "../../web/src/features/insights/Figures";
import { Cards } from "../../web/src/lib/Cards";
import { Filter } from "../../web/src/lib/Filter";
import { WhenAny } from "../../web/src/lib/Loading";
import { Page, Section } from "../../web/src/lib/Section";
import { TableHead } from "../../web/src/lib/Table";

const noop = () => {};

// Pages once wrote these by hand; the shared pieces must keep the very markup the pages and their tests rely on.
describe("shared page pieces", () => {
  it("draw a text box with its hint and error wired for screen readers", () => {
    const html = renderToString(
      h(TextAreaField, {
        id: "n",
        label: "Your note",
        hint: "Short",
        error: "Too long",
        rows: 3,
        maxLength: 9,
        value: "hi",
        onInput: noop,
      }),
    );
    expect(html).toBe(
      '<div class="field"><label for="n">Your note</label><p class="hint" id="n-hint">Short</p>' +
        '<textarea id="n" aria-invalid="true" aria-describedby="n-hint n-error" rows="3" maxlength="9">hi</textarea>' +
        '<p class="error" id="n-error">Too long</p></div>',
    );
  });

  it("draw a checkbox with its label after it, marked invalid only when asked", () => {
    const on = renderToString(h(Checkbox, { id: "c", label: "Required", checked: true, onChange: noop }));
    expect(on).toBe('<div class="choice"><input type="checkbox" id="c" checked/><label for="c">Required</label></div>');
    const invalid = renderToString(
      h(Checkbox, { id: "c", label: "Required", checked: false, invalid: true, onChange: noop }),
    );
    expect(invalid).toContain('aria-invalid="true"');
  });

  it("list a select's options, the text being the value where none is given", () => {
    const html = renderToString(h(Options, { options: [["1", "every week"], ["Go"]] }));
    expect(html).toBe('<option value="1">every week</option><option value="Go">Go</option>');
  });

  it("link back above a page's title", () => {
    expect(renderToString(h(BackLink, { href: "/dashboard", label: "Dashboard" }))).toBe(
      '<p><a href="/dashboard">← Dashboard</a></p>',
    );
  });

  it("put one figure in a table cell, and open an insights section with its table of figures", () => {
    expect(renderToString(h("tr", null, h(FigureCell, { value: 1234, unit: "%" })))).toBe("<tr><td>1,234%</td></tr>");
    const section = renderToString(
      h(
        FigureSection,
        { id: "health", title: "Health", name: "Active pairs", rows: [{ label: "Quiet", value: 2 }] },
        h("p", null, "after"),
      ),
    );
    expect(section).toMatch(
      /^<section class="insight" id="health" aria-labelledby="health-title"><h2 id="health-title">Health<\/h2>/,
    );
    expect(section).toContain('<table class="figures"><caption class="sr-only">Active pairs</caption>');
    expect(section).toContain('<th scope="row">Quiet</th><td>2</td>');
    expect(section).toMatch(/<p>after<\/p><\/section>$/);
  });

  it("name a titled part and a page as the pages once did", () => {
    expect(
      renderToString(h(Section, { headingId: "a-h", title: "Applications", hint: "New first", children: "…" })),
    ).toBe('<section aria-labelledby="a-h"><h2 id="a-h">Applications</h2><p class="hint">New first</p>…</section>');
    expect(renderToString(h(Page, { title: "Privacy", class: "narrow", children: "…" }))).toBe(
      '<section class="narrow"><h1>Privacy</h1>…</section>',
    );
  });

  it("draw cards, a filter and a table's head", () => {
    expect(
      renderToString(h(Cards<{ id: string }>, { label: "Tokens", items: [{ id: "t1" }], children: (x) => x.id })),
    ).toBe('<ul class="cards" aria-label="Tokens"><li class="card">t1</li></ul>');
    expect(
      renderToString(
        h(Filter, { label: "Status", value: "", onChange: noop, children: h("option", { value: "" }, "Any") }),
      ),
    ).toBe('<div class="filters"><label>Status<select><option selected value>Any</option></select></label></div>');
    expect(renderToString(h(TableHead, { columns: ["Stage", "People"], class: "sr-only" }))).toBe(
      '<thead class="sr-only"><tr><th scope="col">Stage</th><th scope="col">People</th></tr></thead>',
    );
  });

  it("keep a dashboard list out of sight until it has items, and say why it failed", () => {
    const show = (query: { data: { items: string[] } | null; error: string | null }) =>
      renderToString(
        h(WhenAny<string>, { query, failed: (e) => `Could not load: ${e}`, children: (items) => items.join() }),
      );
    expect(show({ data: null, error: null })).toBe("");
    expect(show({ data: { items: [] }, error: null })).toBe("");
    expect(show({ data: { items: ["a", "b"] }, error: null })).toBe("a,b");
    expect(show({ data: null, error: "Offline" })).toBe(
      '<p class="status error" role="alert">Could not load: Offline</p>',
    );
  });
});
