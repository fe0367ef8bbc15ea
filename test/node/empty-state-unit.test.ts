import { readFileSync } from "node:fs";
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { EmptyState } from "../../web/src/lib/EmptyState";

describe("empty states", () => {
  it("say what is missing, what fills it, and offer one action", () => {
    const link = renderToString(
      h(
        EmptyState,
        { title: "No events yet", action: { label: "New event", href: "/host/events/new" } },
        "Create one.",
      ),
    );
    expect(link).toBe(
      '<div class="empty"><p class="empty-title">No events yet</p><p>Create one.</p>' +
        '<a class="button secondary" href="/host/events/new">New event</a></div>',
    );
    const button = renderToString(
      h(EmptyState, { title: "No surveys yet", action: { label: "Add", onClick: () => {} } }),
    );
    expect(button).toBe(
      '<div class="empty"><p class="empty-title">No surveys yet</p><button type="button" class="secondary">Add</button></div>',
    );
  });

  it("are what the lists people start from show when empty", () => {
    const lists = [
      "programs/Programs.tsx",
      "programs/Participants.tsx",
      "surveys/admin/SurveyList.tsx",
      "events/HostEvents.tsx",
      "events/Registrations.tsx",
      "mail/MailProblems.tsx",
      "mentorships/Meetings.tsx",
      "matching/admin/Mentorships.tsx",
      "mentorships/Goals.tsx",
      "mail/MailStatus.tsx",
      "dev/DevMail.tsx",
    ];
    for (const list of lists) {
      const source = readFileSync(`web/src/features/${list}`, "utf8");
      expect(source, list).toMatch(/<EmptyState title=/);
      expect(source, list).not.toContain('class="empty"');
    }
  });
});
