import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { BackLink } from "../../web/src/lib/BackLink";
import { Checkbox, Options, TextAreaField } from "../../web/src/lib/Field";
import { FigureCell, FigureSection } from "../../web/src/features/insights/Figures";

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
});
