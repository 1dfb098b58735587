// Normalised text and its hash: the exact-duplicate key. Two pages whose article text differs only in case,
// punctuation, quotes or white space (a wire story re-published verbatim) get the same hash.
import { sha1Hex } from '../lib/ids.js';

/** Lower-case words of letters and digits (any script), single-space separated. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е') // Russian outlets differ on writing ё
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words of the normalised text. */
export function words(text: string): string[] {
  const n = normaliseText(text);
  return n ? n.split(' ') : [];
}

/** Below this many normalised characters a text is too short to call two pages the same article. */
export const MIN_EXACT_CHARS = 120;

/** Hash of the normalised text, or null when the text is too short to identify an article. */
export function textHash(text: string): string | null {
  const n = normaliseText(text);
  return n.length >= MIN_EXACT_CHARS ? sha1Hex(n) : null;
}
