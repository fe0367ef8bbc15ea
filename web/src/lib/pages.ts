/**
 * A list the server hands out a page at a time behind a `next` cursor, shown as one growing list with
 * "Show more": TanStack Query's infinite query, so reloads and invalidations refetch every page shown.
 */
import { useInfiniteQuery, type QueryKey } from "@tanstack/preact-query";
import { messageOf } from "./api";

export function useApiPages<T extends { next: string | null }>(key: QueryKey, load: (cursor?: string) => Promise<T>) {
  const q = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam }) => load(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  return {
    /** Every page loaded so far, first to last. */
    pages: q.data?.pages ?? null,
    error: q.error ? messageOf(q.error) : null,
    hasMore: q.hasNextPage,
    loadingMore: q.isFetchingNextPage,
    showMore: () => q.fetchNextPage().then(() => undefined),
    reload: () => q.refetch().then(() => undefined),
  };
}
