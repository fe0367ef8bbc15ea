/**
 * @module domain/branding
 * What an organisation's branding may be: an accent colour readable on the white page, the text colour
 * that reads on the accent, and a small logo image. Plain TypeScript: no platform imports.
 */
import { graphemeCount, personNameProblem } from "./person-name";

/** The page's background, where the accent is link and outline colour. */
const PAGE = "#ffffff";
/** Text on the accent: whichever of these two reads better. */
const LIGHT_TEXT = "#ffffff";
const DARK_TEXT = "#111827";
/** WCAG 2.1 AA for normal text. */
export const MIN_CONTRAST = 4.5;

export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

// WCAG's relative luminance, written out: it is five lines and no library would save a dependency's worth.
function luminance(hex: string) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrast(a: string, b: string) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Why `accent` cannot be the accent colour, or null when it can. */
export function accentProblem(accent: string): string | null {
  if (!HEX_COLOUR.test(accent)) return "Give the colour as #rrggbb, for example #1d4ed8.";
  const ratio = contrast(accent, PAGE);
  if (ratio < MIN_CONTRAST) {
    return `This colour is too light for links and buttons on a white page (contrast ${ratio.toFixed(1)}:1, at least ${MIN_CONTRAST}:1 is needed). Pick a darker shade.`;
  }
  return null;
}

/** The text colour that reads best on `accent`. */
export const textOn = (accent: string) =>
  contrast(accent, LIGHT_TEXT) >= contrast(accent, DARK_TEXT) ? LIGHT_TEXT : DARK_TEXT;

export const MAX_LOGO_BYTES = 100 * 1024;
/** Raster images only: an SVG may carry script, and these four every browser and mail client shows. */
const SIGNATURES: Record<string, (b: Uint8Array) => boolean> = {
  "image/png": (b) => [0x89, 0x50, 0x4e, 0x47].every((x, i) => b[i] === x),
  "image/jpeg": (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/gif": (b) => String.fromCharCode(...b.subarray(0, 4)) === "GIF8",
  "image/webp": (b) =>
    String.fromCharCode(...b.subarray(0, 4)) === "RIFF" && String.fromCharCode(...b.subarray(8, 12)) === "WEBP",
};
export const LOGO_TYPES = Object.keys(SIGNATURES);
/** A data URL's longest form: the image in base64 and its header. */
export const MAX_LOGO_CHARS = Math.ceil(MAX_LOGO_BYTES / 3) * 4 + 64;

const DATA_URL = /^data:(image\/[a-z]+);base64,([A-Za-z0-9+/]+={0,2})$/;

/** Why `logo` cannot be the logo, or null when it can: a PNG, JPEG, GIF or WebP data URL of at most 100 KB. */
export function logoProblem(logo: string): string | null {
  const m = DATA_URL.exec(logo);
  if (!m) return "Upload the logo as a PNG, JPEG, GIF or WebP image.";
  const check = SIGNATURES[m[1]!];
  if (!check) return "Upload the logo as a PNG, JPEG, GIF or WebP image.";
  let bytes: Uint8Array;
  try {
    bytes = Uint8Array.from(atob(m[2]!), (c) => c.charCodeAt(0));
  } catch {
    return "The logo could not be read as an image.";
  }
  if (bytes.length > MAX_LOGO_BYTES) return `The logo is larger than ${MAX_LOGO_BYTES / 1024} KB.`;
  if (!check(bytes)) return `The file is not the ${m[1]!.slice(6).toUpperCase()} image it says it is.`;
  return null;
}

export const MAX_ORGANISATION_NAME = 80;

/** Why `name` (trimmed) cannot be the organisation's name: shown in every header and mail, like a person's. */
export function organisationNameProblem(name: string): string | null {
  if (!name) return "Enter the organisation's name.";
  if (graphemeCount(name) > MAX_ORGANISATION_NAME) return `A name has at most ${MAX_ORGANISATION_NAME} characters.`;
  return personNameProblem(name);
}
