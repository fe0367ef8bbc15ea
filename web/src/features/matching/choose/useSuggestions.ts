/**
 * What the choose-mentor page shows, loaded from the API: the suggestions to choose from (with the
 * last request, if any), where an open request stands, why the person cannot choose, or an error.
 * Focus goes where a load asked once it has rendered.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { api, ApiError, messageOf, ok } from "../../../lib/api";
import { latestChain, loadMyRequests, type SentRequest } from "../myRequests";

const loadSuggestions = (id: string) => ok(api.programs[":id"].suggestions.$get({ param: { id } }));
export type Suggestions = Awaited<ReturnType<typeof loadSuggestions>>;
export type Suggestion = Suggestions["suggestions"][number];
export type Profile = Suggestions["me"];

export type View =
  | { kind: "loading" }
  | { kind: "error"; message: string }
  | { kind: "blocked"; code: string; message: string }
  | { kind: "choosing"; data: Suggestions; previous: SentRequest[] }
  | { kind: "sent"; chain: SentRequest[] };

export function useSuggestions(programId: string) {
  const [view, setView] = useState<View>({ kind: "loading" });
  const focusAfter = useRef<string | null>(null);

  /** Why the API says this person cannot choose here (a 409 other than an open request). */
  const block = (err: ApiError) => setView({ kind: "blocked", code: err.code, message: err.message });

  /** Where the newest request stands; rejects when it cannot be loaded. */
  const showChain = async (focus: boolean) => {
    const { sent } = await loadMyRequests();
    focusAfter.current = focus ? "chain-heading" : null;
    setView({ kind: "sent", chain: latestChain(sent, programId) });
  };

  const load = async (focus: string | null = null) => {
    setView({ kind: "loading" });
    try {
      const [data, requests] = await Promise.all([loadSuggestions(programId), loadMyRequests().catch(() => null)]);
      focusAfter.current = focus;
      setView({ kind: "choosing", data, previous: latestChain(requests?.sent ?? [], programId) });
    } catch (err) {
      if (err instanceof ApiError && err.code === "request_open") {
        await showChain(false).catch((e) => setView({ kind: "error", message: messageOf(e) }));
      } else if (err instanceof ApiError && err.status === 404) {
        setView({ kind: "blocked", code: "not_mentee", message: "You are not a mentee in this program." });
      } else if (err instanceof ApiError && err.status === 409) {
        block(err);
      } else {
        setView({ kind: "error", message: messageOf(err) });
      }
    }
  };

  useEffect(() => void load(), [programId]);
  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  }, [view]);

  return { view, load, showChain, block };
}
