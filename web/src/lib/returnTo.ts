/**
 * Where to go after signing in. A page that sends someone to sign in remembers itself here; the
 * mailed link, opened in the same browser, then brings them back. Only paths on this site are kept.
 */
const KEY = "tandem.returnTo";

export function rememberReturn(path: string) {
  if (path.startsWith("/") && !path.startsWith("//")) storage()?.setItem(KEY, path);
}

/** The remembered path (once), or null. */
export function takeReturn(): string | null {
  const store = storage();
  const path = store?.getItem(KEY) ?? null;
  store?.removeItem(KEY);
  return path && path.startsWith("/") && !path.startsWith("//") ? path : null;
}

// localStorage, since the mailed link may open in a new tab of the same browser; absent in private modes.
function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
