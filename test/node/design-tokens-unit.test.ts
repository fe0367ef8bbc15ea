import { readFileSync } from "node:fs";
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { ConfirmDialog } from "../../web/src/lib/Dialog";

const css = (name: string) => readFileSync(`web/src/styles/${name}.css`, "utf8");
const SHARED = ["base", "components", "buttons", "feedback"];

describe("the design system", () => {
  it("sizes type and space in the shared styles only with tokens", () => {
    for (const name of SHARED) {
      const raw = css(name)
        .split("\n")
        .filter((line) => /^\s*(font-size|font|padding|margin|gap)[\w-]*:[^;]*\b\d+(px|rem|em)\b/.test(line));
      expect(raw, `${name}.css`).toEqual([]);
    }
  });

  it("defines the scales the styles use", () => {
    const tokens = css("tokens");
    for (const t of ["--text-xs", "--text-2xl", "--space-xs", "--space-2xl", "--radius", "--shadow", "--accent"])
      expect(tokens).toContain(`${t}:`);
  });

  it("has buttons by weight: primary by default, secondary, quiet and danger", () => {
    const buttons = css("buttons");
    for (const weight of ["secondary", "quiet", "danger"])
      expect(buttons).toContain(`button.${weight},\n.button.${weight} {`);
  });

  it("makes a question about something that cannot be undone confirm with the danger button", () => {
    const question = (danger?: boolean) =>
      renderToString(
        h(ConfirmDialog, {
          title: "Cancel?",
          confirmLabel: "Cancel the meeting",
          danger,
          onConfirm: async () => {},
          onClose: () => {},
          children: "Sure?",
        }),
      );
    expect(question(true)).toContain('<button type="button" class="danger">Cancel the meeting</button>');
    expect(question()).toContain('<button type="button">Cancel the meeting</button>');
  });
});
