/**
 * A message with none of ICU's syntax characters says exactly what it is: the build ships it as a string
 * (vite.config.ts) and the app shows it without formatting (lib/i18n.tsx); every other message is parsed.
 */
export const PLAIN = /^[^{}<'#]*$/;
