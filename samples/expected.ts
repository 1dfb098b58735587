// The truth about the bundled sample sites (samples/expected.json): what each article page is, which case it
// reports, and which pages are syndicated copies — used by evaluation tests (e.g. B-cubed incident merging).
import { readFileSync } from 'node:fs';
import { fromRoot } from '../lib/paths.js';

export interface ExpectedPage {
  label: 'incident' | 'related' | 'unrelated';
  /** Case id shared by every report of the same real-world case, or null. */
  case: string | null;
  language: 'en' | 'ru';
  publishedAt: string;
  country: string | null;
  victims: number | null;
  /** `<site-id>/<path>` of the original, on a syndicated copy only. */
  syndicatedFrom?: string;
  /** Under a path that robots.txt disallows: must never be fetched. */
  robotsDisallowed?: boolean;
}

export const SAMPLES_EXPECTED_PATH = fromRoot('samples', 'expected.json');

/** Keys are `<site-id><url path>`, e.g. `steppe-herald/news/2026/11/17/police-free-14-uzbek-farm-workers`. */
export function loadExpected(path = SAMPLES_EXPECTED_PATH): Record<string, ExpectedPage> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, ExpectedPage>;
}
