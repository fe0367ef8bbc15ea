/** Loading a program's training, shared by the participant's page and the managers' tab. */
import { api, ok } from "../../lib/api";

export const loadTraining = (id: string) => ok(api.programs[":id"].training.$get({ param: { id } }));
export type TrainingList = Awaited<ReturnType<typeof loadTraining>>;
export type TrainingModule = TrainingList["items"][number];

/** A status as the tone palette reads it (lib/tone); the page words it from the catalog. */
export const statusWord = (s: TrainingModule["status"]) => (s === "todo" ? "to do" : (s ?? ""));
