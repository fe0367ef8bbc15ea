/**
 * The one way a page loads, caches, reloads and changes data: TanStack Query over the typed client.
 * Every answer is kept under a key (["programs", id] …); a change names the keys it makes stale.
 */
import {
  QueryClient,
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
} from "@tanstack/preact-query";
import { useState } from "preact/hooks";
import { fieldsOf, messageOf } from "./api";

export const queryClient = new QueryClient({
  defaultOptions: {
    // An error shows at once with a "Try again" button: the person decides when to retry.
    queries: { retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

/**
 * Data a page loads and reloads on demand: what came back, or why it could not load (the last data
 * stays while a reload fails). `reload` resolves when the answer is in, either way.
 */
export function useApi<T>(
  key: QueryKey,
  load: () => Promise<T>,
  options: {
    /** A function is asked each time the query would load, resets included. */
    enabled?: boolean | (() => boolean);
    staleTime?: number;
    gcTime?: number;
    /** Milliseconds between reloads, or a function of the last answer (false: stop asking). */
    refetchInterval?: number | ((data: T | undefined) => number | false);
    /** A new page or filter keeps the last answer on screen until its own arrives. */
    keepPrevious?: boolean;
  } = {},
) {
  const { keepPrevious, refetchInterval: every, ...rest } = options;
  const client = useQueryClient();
  const q = useQuery({
    queryKey: key,
    queryFn: load,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
    refetchInterval: typeof every === "function" ? (query) => every(query.state.data) : every,
    ...rest,
  });
  return {
    data: q.data ?? null,
    error: q.error ? messageOf(q.error) : null,
    /** The error itself, for a page that answers a 404 differently. */
    failure: q.error,
    /** A load or reload is under way (the data shown may be the last key's, with `keepPrevious`). */
    fetching: q.isFetching,
    reload: () => q.refetch().then(() => undefined),
    /** A change that answers with the new state puts it in place without loading it again. */
    set: (next: T) => client.setQueryData(key, next),
  };
}

/**
 * A change: `run` resolves with the answer, or with null when it failed and `error` says why (until
 * the next run; `fields` what it said of each field, `failure` the error itself). The keys in
 * `invalidates` reload after a success.
 */
export function useApiChange<A, T>(change: (args: A) => Promise<T>, invalidates: QueryKey[] = []) {
  const client = useQueryClient();
  const [failure, setFailure] = useState<unknown>(null);
  const m = useMutation({
    mutationFn: change,
    onSuccess: () => Promise.all(invalidates.map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
  /** `onFailure` hears the error at once, for a page that reports it elsewhere. */
  const run = async (args: A, onFailure?: (err: unknown) => void): Promise<T | null> => {
    setFailure(null);
    try {
      return await m.mutateAsync(args);
    } catch (e) {
      setFailure(e);
      onFailure?.(e);
      return null;
    }
  };
  return { run, busy: m.isPending, error: failure ? messageOf(failure) : null, fields: fieldsOf(failure), failure };
}

/**
 * Data a click changes, the change answering with the data as it now stands: what to show, why it
 * could not load or change, and the click (the new data replaces the old at once).
 */
export function useApiAnswer<T, A>(
  key: QueryKey,
  load: () => Promise<T>,
  change: (args: A) => Promise<T>,
  invalidates?: QueryKey[],
) {
  const loaded = useApi(key, load);
  const c = useApiChange(change, invalidates);
  const run = async (args: A) => {
    const next = await c.run(args);
    if (next) loaded.set(next);
  };
  return { data: loaded.data, error: c.error ?? loaded.error, busy: c.busy, run };
}

export { useQueryClient };
