import { readFileSync } from "node:fs";
import { h } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { EmptyState } from "../../web/src/lib/EmptyState";
import { Listing } from "../../web/src/lib/Loading";

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

  it("stand where a Listing's items would, once the load came with none", () => {
    const show = (query: { data?: { items: string[] } | null; error?: unknown }) =>
      renderToString(
        h(Listing<string>, {
          query,
          empty: { title: "No tokens yet", text: "Make one." },
          children: (items: string[]) => items.join(", "),
        }),
      );
    expect(show({ data: { items: [] } })).toBe(
      '<div class="empty"><p class="empty-title">No tokens yet</p><p>Make one.</p></div>',
    );
    expect(show({ data: { items: ["a", "b"] } })).toBe("a, b");
    expect(show({ data: null })).toContain('class="skeleton"');
    expect(show({ data: null, error: "Offline" })).toBe("");
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
      // Directly, or through Listing, which shows its `empty` words as an EmptyState.
      expect(source, list).toMatch(/<EmptyState title=|<Listing\b[^]*?\bempty=\{\{\s*title:/);
      expect(source, list).not.toContain('class="empty"');
    }
  });
});
