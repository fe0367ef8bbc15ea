/** @module features/matching/messages — what goes on the matching queue. */
export type MatchMessage =
  | { kind: "run"; runId: string }
  /** Tell the people of a published run, a page at a time after mentorship id `after`. */
  | { kind: "announce"; runId: string; origin: string; after?: string };
