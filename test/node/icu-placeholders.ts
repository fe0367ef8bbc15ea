/** What the catalog tests compare between a message and its English: the names it fills in. */
import { IntlMessageFormat } from "intl-messageformat";

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };

/** The names of a message's {placeholders}, plural and select arguments included. */
export function placeholders(language: string, message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const e of elements) {
      if (e.type >= 1 && e.type <= 6 && e.value) names.add(e.value);
      for (const option of Object.values(e.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, language).getAst() as Element[]);
  return [...names].sort();
}
