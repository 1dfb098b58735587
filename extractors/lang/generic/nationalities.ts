// Victims' nationalities for the packs after en/ru, from data: the language's country names (i18n-iso-countries,
// official and short forms), words that put a country name on people ("pekerja asal Myanmar", "warga negara
// Kamboja", "Arbeiter aus Rumänien"), the language's demonym adjectives where it has them ("rumänische
// Erntehelfer"), and fixed words that name a nationality ("TKI" is an Indonesian migrant worker).
import countries from 'i18n-iso-countries';

export interface NationalityWords {
  /** i18n-iso-countries language code whose country names are read. */
  lang: string;
  /** Words right before a country name that make it the people's country (regex source, case-insensitive). */
  before: string;
  /** Words just before the cue that make the country a place they came back from or were sent to ("dipulangkan dari"). */
  away?: string;
  /** Words of the accused or the employer earlier in the clause of the cue ("Der Angeklagte stammt aus dem Irak"):
   *  the country is theirs, not the victims'. */
  suspects?: string;
  /** More names of countries than the table gives (other spellings, old names). */
  extraNames?: Record<string, string>;
  /** Demonym adjectives or nouns as regex sources (a stem with its endings), with their country. */
  demonyms?: [string, string][];
  /** Words that carry a nationality by themselves ("TKI", "WNI"). */
  tokens?: [string, string][];
  /** Words of arrest or charge in the clause after a demonym ("Ein 52-jähriger Rumäne wurde … festgenommen"): the
   *  people so named are the suspects (regex source, case-insensitive). */
  arrestedAfter?: string;
  /** Verbs of rescue or exploitation: an arrest told after them in the clause is another person's ("Rumänen wurden
   *  befreit und ihr Chef festgenommen"). */
  rescued?: string;
  /** Words that make the victims the suspect's compatriots ("seine Landsleute"): a suspect's demonym is theirs too. */
  compatriots?: string;
  /** The sentence speaks of victims or exploitation: other sentences name no victims' nationality. */
  context: RegExp;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Country names a reader takes for other words ("Man", "Chad" as a first name, "Jersey"). */
const AMBIGUOUS = new Set([
  'man',
  'chad',
  'jersey',
  'georgia',
  'jordan',
  'niger',
  'guernsey',
  'mali',
  'togo',
  'oman',
  'kuba',
]);

export function nationalityReader(w: NationalityWords): (sentence: string) => string[] {
  const names = new Map<string, string>();
  const all = countries.getNames(w.lang, { select: 'all' }) as Record<string, string[]>;
  for (const [cc, list] of Object.entries(all))
    for (const n of list) if (!AMBIGUOUS.has(n.toLowerCase()) && !/[(),]/.test(n)) names.set(n, cc);
  for (const [n, cc] of Object.entries(w.extraNames ?? {})) names.set(n, cc);
  const nameSrc = [...names.keys()]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');
  // Country names keep their capital; the cue words are any case. "dari Myanmar dan Kamboja": the list counts too.
  const cued = new RegExp(
    `(?<![\\p{L}])(?:${w.before})\\s+(?:(?:der|dem|den|die)\\s+)?((?:${nameSrc})(?:\\s*(?:,|dan|atau|und|oder|serta)\\s*(?:(?:der|dem|den|die)\\s+)?(?:${nameSrc}))*)(?![\\p{L}])`,
    'gu',
  );
  // German names some countries with their article: "aus der Ukraine", "aus dem Irak".
  const cuedCaseless = new RegExp(`(?<![\\p{L}])(?:${w.before})\\s+(?:(?:der|dem|den|die)\\s+)?$`, 'iu');
  const nameRx = new RegExp(`(?<![\\p{L}])(?:${nameSrc})(?![\\p{L}])`, 'gu');
  const away = w.away ? new RegExp(`(?:${w.away})\\s*$`, 'iu') : null;
  const suspects = w.suspects ? new RegExp(`(?<![\\p{L}])(?:${w.suspects})(?![\\p{L}])[^,;:.]{0,60}$`, 'iu') : null;
  const arrestedAfter = w.arrestedAfter
    ? new RegExp(
        `^(?:(?!(?<![\\p{L}])(?:${w.rescued ?? '(?!)'})(?![\\p{L}]))[^,;:.!?]){0,80}?(?<![\\p{L}])(?:${w.arrestedAfter})(?![\\p{L}])`,
        'iu',
      )
    : null;
  // "Dem Hauptbeschuldigten, einem 52-jährigen rumänischen Staatsangehörigen, …": a suspect in apposition.
  const suspectApposition = w.suspects
    ? new RegExp(
        `(?<![\\p{L}])(?:${w.suspects})\\s*,\\s*(?:ein|eine|einem|einer|einen|der|dem|den|des|die)\\s+(?:[\\p{L}\\d-]+\\s+){0,2}$`,
        'iu',
      )
    : null;
  const compatriots = w.compatriots ? new RegExp(`(?<![\\p{L}])(?:${w.compatriots})`, 'iu') : null;
  const demonyms = (w.demonyms ?? []).map(
    ([src, cc]) => [new RegExp(`(?<![\\p{L}])(?:${src})(?![\\p{L}])`, 'giu'), cc] as const,
  );
  const tokens = (w.tokens ?? []).map(
    ([src, cc]) => [new RegExp(`(?<![\\p{L}])(?:${src})(?![\\p{L}])`, 'u'), cc] as const,
  );
  return (sentence: string) => {
    if (!w.context.test(sentence)) return [];
    const found: string[] = [];
    for (const m of sentence.matchAll(nameRx)) {
      const at = m.index ?? 0;
      const before = sentence.slice(Math.max(0, at - 40), at);
      if (!cuedCaseless.test(before) && !listedAfterCue(sentence, at, cued)) continue;
      const cue = before.match(cuedCaseless);
      if (away && cue && away.test(before.slice(0, before.length - cue[0].length))) continue;
      if (suspects?.test(sentence.slice(Math.max(0, at - 80), at))) continue;
      found.push(names.get(m[0])!);
    }
    const shared = compatriots?.test(sentence) ?? false;
    for (const [r, cc] of demonyms) {
      for (const m of sentence.matchAll(r)) {
        const at = m.index ?? 0;
        const before = sentence.slice(Math.max(0, at - 80), at);
        const accused =
          arrestedAfter?.test(sentence.slice(at + m[0].length)) ||
          suspects?.test(before) ||
          suspectApposition?.test(before);
        if (accused && !shared) continue;
        found.push(cc);
        break;
      }
    }
    for (const [r, cc] of tokens) if (r.test(sentence)) found.push(cc);
    return [...new Set(found)];
  };
}

/** A name in a list that a cue opens ("asal Myanmar, Kamboja dan Laos"): within the span of a cued match. */
function listedAfterCue(sentence: string, at: number, cued: RegExp): boolean {
  cued.lastIndex = 0;
  for (const m of sentence.matchAll(cued)) {
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    if (at >= start && at < (m.index ?? 0) + m[0].length) return true;
  }
  return false;
}
