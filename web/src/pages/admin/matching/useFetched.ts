/** Loads something, again whenever its inputs change, keeping only the answer to the newest inputs. */
import { useEffect, useState } from "preact/hooks";
import { messageOf } from "../../../api";

export function useFetched<T>(load: () => Promise<T>, inputs: unknown[]) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (d) => live && (setData(d), setError(null)),
      (e) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, inputs);
  return { data, error };
}
