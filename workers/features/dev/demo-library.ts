/**
 * @module features/dev/demo-library
 * The demo's library: company-wide guides, each program's own articles and links, tagged with the
 * demo's skills, some pinned and some much read, so search, suggestions and curation show something.
 */
import type { DemoEntry } from "../library";

type Programs = { oneToOne: string; reverse: string; buddies: string };

export const demoLibrary = (p: Programs): DemoEntry[] => [
  {
    key: "first-meeting",
    programId: null,
    scope: "company",
    pinned: true,
    reads: 41,
    title: "Your first mentoring meeting",
    tags: ["career planning"],
    body: `## Before you meet\n\nWrite down **one thing** you want from the next six months.\n\n## In the meeting\n\n- Agree how often you meet and how (a call, a walk, a coffee).\n- Say what stays between the two of you.\n- End with one small step each before the next meeting.`,
  },
  {
    key: "feedback",
    programId: null,
    scope: "company",
    reads: 28,
    title: "Giving feedback that lands",
    tags: ["people management", "public speaking"],
    body: `Describe **what you saw**, the **effect** it had, and ask what they think. Keep it about the work, soon after the moment, and in private.\n\n> "In the review, you answered every question yourself; the team went quiet. What would help them speak up?"`,
  },
  {
    key: "storytelling",
    programId: p.oneToOne,
    scope: "program",
    pinned: true,
    reads: 19,
    title: "Telling a story with data",
    tags: ["data analysis", "public speaking"],
    body: `1. Start from the **decision** the chart supports.\n2. One message a slide; the title says it.\n3. Put the comparison that matters next to each other.\n\nPivot tables answer most questions before any code is written.`,
  },
  {
    key: "stakeholders",
    programId: p.oneToOne,
    scope: "program",
    reads: 12,
    title: "Mapping your stakeholders",
    tags: ["stakeholder management"],
    body: `Draw two axes, **influence** and **interest**. Meet the top right often; keep the top left informed; ask the bottom right for help early.`,
  },
  {
    key: "negotiation-link",
    programId: p.oneToOne,
    scope: "company",
    reads: 7,
    title: "Negotiation: preparing your walk-away point",
    tags: ["negotiation"],
    url: "https://en.wikipedia.org/wiki/Best_alternative_to_a_negotiated_agreement",
    body: "What a BATNA is and how to work yours out before the conversation.",
  },
  {
    key: "ai-prompts",
    programId: p.reverse,
    scope: "program",
    pinned: true,
    reads: 33,
    title: "What we learned: prompting an assistant for a first draft",
    tags: ["ai tools"],
    body: `## What we learned\n\nGive the assistant the **audience**, the **goal** and an example you like. Ask for three short options, not one long one, and say what to keep when you ask again.\n\nNever paste customer data; use made-up names.`,
  },
  {
    key: "ai-review",
    programId: p.reverse,
    scope: "company",
    reads: 15,
    title: "Checking what an AI tool wrote",
    tags: ["ai tools", "code review"],
    body: `Read it as you would a new colleague's work: run the code, check every number against its source, and ask where a claim comes from.`,
  },
  {
    key: "buddy-checklist",
    programId: p.buddies,
    scope: "program",
    pinned: true,
    reads: 52,
    title: "The buddy's first-month checklist",
    tags: ["career planning"],
    body: `- Week 1: lunch together, and a tour of who does what.\n- Week 2: the tools nobody documents.\n- Week 3: sit in on a meeting of another team.\n- Week 4: ask what still feels strange.`,
  },
  {
    key: "code-review",
    programId: p.buddies,
    scope: "program",
    reads: 9,
    title: "How we review code here",
    tags: ["code review"],
    body: `Review the **change**, not the person. Ask questions rather than give orders, approve when it is better than before, and leave nits for a follow-up.`,
  },
  {
    key: "cloud-link",
    programId: p.buddies,
    scope: "program",
    reads: 4,
    title: "Cloud infrastructure: the internal handbook",
    tags: ["cloud infrastructure"],
    url: "https://example.com/handbook/cloud",
    body: "Accounts, environments and who to ask, for your first deploy.",
  },
];
