/**
 * What the choose-mentor page shows, loaded from the API: the suggestions to choose from (with the
 * last request, if any), where an open request stands, why the person cannot choose, or an error.
 * Focus goes where a load asked once it has rendered.
 */
import { useEffect, useRef } from "preact/hooks";
import { api, codeOf, messageOf, ok, statusOf } from "../../../lib/api";
import { useApi, useQueryClient } from "../../../lib/query";
import { latestChain, loadMyRequests, type SentRequest } from "../myRequests";

const loadSuggestions = (id: string) => ok(api.programs[":id"].suggestions.$get({ param: { id } }));
export type Suggestions = Awaited<ReturnType<typeof loadSuggestions>>;
export type Suggestion = Suggestions["suggestions"][number];
export type Profile = Suggestions["me"];

type Loaded =
  | { kind: "blocked"; code: string; message: string }
  | { kind: "choosing"; data: Suggestions; previous: SentRequest[] }
  | { kind: "sent"; chain: SentRequest[] };
export type View = Loaded | { kind: "loading" } | { kind: "error"; message: string };

/** Why the API says this person cannot choose here (a 409 other than an open request). */
const blockedBy = (err: unknown): Loaded => ({ kind: "blocked", code: codeOf(err) ?? "", message: messageOf(err) });

/** Where the newest request stands; rejects when it cannot be loaded. */
const loadChain = async (programId: string): Promise<Loaded> => {
  const { sent } = await loadMyRequests();
  return { kind: "sent", chain: latestChain(sent, programId) };
};

/** The refusals that say where the person stands become views; any other failure is the load's error. */
async function loadView(programId: string): Promise<Loaded> {
  try {
    const [data, requests] = await Promise.all([loadSuggestions(programId), loadMyRequests().catch(() => null)]);
    return { kind: "choosing", data, previous: latestChain(requests?.sent ?? [], programId) };
  } catch (err) {
    if (codeOf(err) === "request_open") return loadChain(programId);
    if (statusOf(err) === 404) return { kind: "blocked", code: "not_mentee", message: "" }; // Blocked words it in the viewer's language
    if (statusOf(err) === 409) return blockedBy(err);
    throw err;
  }
}

export function useSuggestions(programId: string) {
  const key = ["programs", programId, "suggestions"];
  const client = useQueryClient();
  const loaded = useApi(key, () => loadView(programId));
  const view: View = loaded.data ?? (loaded.error ? { kind: "error", message: loaded.error } : { kind: "loading" });
  // The element to focus once the view of that kind renders (a load that ends elsewhere focuses nothing).
  const focusAfter = useRef<{ id: string; kind: View["kind"] } | null>(null);

  /** Loads afresh, saying "Loading" meanwhile, then focuses `focus` if the suggestions came. */
  const load = (focus: string | null = null) => {
    focusAfter.current = focus ? { id: focus, kind: "choosing" } : null;
    return client.resetQueries({ queryKey: key, exact: true });
  };

  const showChain = async (focus: boolean) => {
    const next = await loadChain(programId);
    focusAfter.current = focus ? { id: "chain-heading", kind: "sent" } : null;
    loaded.set(next);
  };

  const block = (err: unknown) => loaded.set(blockedBy(err));

  useEffect(() => {
    const want = focusAfter.current;
    if (!want || view.kind === "loading") return;
    if (want.kind === view.kind) document.getElementById(want.id)?.focus();
    focusAfter.current = null;
  }, [view.kind, loaded.data]);

  return { view, load, showChain, block };
}
