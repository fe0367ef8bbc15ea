/**
 * Data a page loads once and reloads on demand: what came back, or why it could not load (the last
 * data stays while a reload fails). `reload` resolves when the answer is in, either way.
 */
import { useEffect, useState } from "preact/hooks";
import { messageOf } from "./api";

export function useLoaded<T>(load: () => Promise<T>) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = () =>
    load().then(
      (d) => {
        setData(d);
        setError(null);
      },
      (e) => setError(messageOf(e)),
    );
  useEffect(() => void reload(), []);
  return { data, error, reload };
}
