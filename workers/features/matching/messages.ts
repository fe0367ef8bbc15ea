/** @module features/matching/messages — what goes on the matching queue. */
export type MatchMessage =
  /** Solve a run from step `step` on (0 or absent: from the start); only the run's current step is taken. */
  | { kind: "run"; runId: string; step?: number }
  /** Tell the people of a published run, a page at a time after mentorship id `after`. */
  | { kind: "announce"; runId: string; origin: string; after?: string };
