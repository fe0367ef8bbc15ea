import { describe, expect, it } from "vitest";
import { TEMPLATES } from "../../workers/domain/surveys/templates";
import { QuestionSchema, TriggerSchema } from "../../workers/features/surveys/schemas";

// The templates are data (templates.json), which the compiler does not check against the survey types.
describe("the survey templates", () => {
  it("each has a unique key, a trigger and questions a survey accepts", () => {
    expect(new Set(TEMPLATES.map((t) => t.key)).size).toBe(TEMPLATES.length);
    expect(TEMPLATES.map((t) => t.key)).toEqual(["checkin", "midpoint", "end", "event"]);
    for (const t of TEMPLATES) {
      expect(t.title, t.key).not.toBe("");
      expect(typeof t.anonymous, t.key).toBe("boolean");
      expect(TriggerSchema.safeParse(t.trigger).success, t.key).toBe(true);
      expect(t.questions.length, t.key).toBeGreaterThan(0);
      for (const q of t.questions)
        expect(QuestionSchema.strict().safeParse(q).error, `${t.key}.${q.id}`).toBeUndefined();
      expect(new Set(t.questions.map((q) => q.id)).size, t.key).toBe(t.questions.length);
    }
  });
});
