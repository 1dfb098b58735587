// Small helpers shared by the entity finders.
import { lookupName, lookupRussian } from '../gazetteer.js';
import { NOT_PLACES } from '../data/lexicons/places.js';

/** Whether a phrase names a country or a sizeable city (so it is not a person's name). */
export function isPlaceName(phrase: string): boolean {
  if (NOT_PLACES.has(phrase.toLowerCase())) return false;
  const hits = /[\u0400-\u04FF]/.test(phrase) ? lookupRussian(phrase) : lookupName(phrase);
  return hits.some((h) => h.kind === 'country' || h.population >= 100000);
}
