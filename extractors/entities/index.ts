// Entities of an article — people, organisations, places, dates — with the sentences they occur in, so that the
// incident stage can tell the accused from the activists and the place of work from the victims' homeland.
import type { Entities } from '../../lib/types.js';
import { datelinePlace, findPlaceMentions, type PlaceMention } from '../places.js';
import type { NerSentenceSpan } from '../ner/types.js';
import { languagePack } from '../lang/index.js';
import type { Sentence } from '../sentences.js';
import {
  businessName,
  businessReason,
  findBusinessesIn,
  findBusinessesInTitle,
  type BusinessMention,
} from './businesses.js';
import { COMPASS_ONLY, taggedNames } from './tagged.js';
import { findOrganizationsIn, type OrgMention } from './organizations.js';
export { findPerpetrators } from './perpetrators.js';
import { readPerson, rolePeople } from './pack-people.js';
import { findPeopleIn, findWithheldNames, nominativeRu, surnameMentions, type PersonMention } from './people.js';

// "a man from Bahau, Negri Sembilan was charged": the run after "from Town," is the town's region, not a person.
const REGION_AFTER_TOWN = /\b(?:from|near)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,\s+$/u;
const INITIALS_NAME = /^(?:\p{Lu}{1,5}|(?:\p{Lu}\.){1,4})$/u;

export interface EntityMentions {
  people: PersonMention[];
  organizations: OrgMention[];
  places: PlaceMention[];
  businesses: BusinessMention[];
  dates: string[];
}

/** `ner`: the statistical NER's names per sentence (extractors/ner nerSpansBySentence), or null/absent (rules only). */
export function findEntityMentions(
  sentences: Sentence[],
  lang: string,
  title = '',
  ner?: NerSentenceSpan[][] | null,
): EntityMentions {
  const people: PersonMention[] = [];
  const organizations: OrgMention[] = [];
  const places: PlaceMention[] = [];
  const businesses: BusinessMention[] = [];
  const pack = languagePack(lang);
  const nounsCapitalised = !!ner && !!pack.capitalisedNouns;
  sentences.forEach((s, i) => {
    businesses.push(...findBusinessesIn(s.text, i, pack.entities));
    organizations.push(...findOrganizationsIn(s.text, i));
    // Names a tagger found (the NER server's spans, else compromise for English): people beside the rules' own,
    // organisations kept as businesses only with a business's shape or context (businessReason).
    const tagged = taggedNames(s.text, lang, ner?.[i] ?? null);
    // Where every noun is capitalised (German) a capitalised run is no cue of a name: when the NER answered, its
    // PERSON spans alone are the people. Elsewhere a run the NER read as a place is not a person ("Nueva Pompeya").
    const nerPlaces = (ner?.[i] ?? []).filter((sp) => sp.type === 'LOCATION');
    // Names with the surname withheld ("Constantin L.") or initials ("G.A.") keep a shape no noun takes: read there too.
    const found =
      nounsCapitalised && tagged.source === 'ner'
        ? findWithheldNames(s.text, i)
        : findPeopleIn(s.text, i)
            .filter((f) => !nerPlaces.some((sp) => sp.start <= f.start && f.start + f.length <= sp.end))
            .map((f) => readPerson(f, s.text, pack))
            .filter((f): f is PersonMention => !!f);
    // Scripts without capitals (Chinese) name people by their own cues.
    if (pack.entities?.people) found.push(...pack.entities.people(s.text, i));
    // A name right after a role word of the language ("tersangka Nurdin") is a person though no run rule took it.
    if (!nounsCapitalised)
      for (const r of rolePeople(s.text, i, pack))
        if (!found.some((f) => r.start < f.start + f.length && f.start < r.start + r.length)) found.push(r);
    for (const o of tagged.organizations) {
      if (businesses.some((b) => b.sentence === i && (b.name.includes(o.text) || o.text.includes(b.name)))) continue;
      const why = businessReason(o.text, s.text, o.start, pack.entities);
      if (why) businesses.push({ name: businessName(o.text), sentence: i, reason: `${why} (${tagged.source})` });
      else if (!organizations.some((x) => x.sentence === i && x.name.includes(o.text)))
        organizations.push({ name: o.text, sentence: i, business: false });
    }
    for (const p of tagged.people) {
      if (found.some((f) => p.start < f.start + f.length && f.start < p.start + p.text.length)) continue;
      found.push({ name: p.text, sentence: i, start: p.start, length: p.text.length });
    }
    // Initials a role or "berinisial" tied to a person ("tersangka HCI (61)") are that person, not an acronym.
    for (const p of found)
      if (INITIALS_NAME.test(p.name))
        for (let k = organizations.length - 1; k >= 0; k--)
          if (organizations[k].sentence === i && organizations[k].name === p.name) organizations.splice(k, 1);
    const orgText = [...organizations, ...businesses].filter((o) => o.sentence === i).map((o) => o.name);
    for (const p of found)
      if (
        !orgText.some((o) => o.includes(p.name)) &&
        !COMPASS_ONLY.test(p.name) &&
        !REGION_AFTER_TOWN.test(s.text.slice(Math.max(0, p.start - 40), p.start))
      )
        people.push({ ...p, name: nominativeRu(p.name) });
    places.push(...findPlaceMentions(s.text, i, lang, i === 0));
  });
  // The headline often names the place best («Под Каспийском…»): its mentions carry sentence index -1.
  if (title) places.push(...findPlaceMentions(title, -1, lang));
  // The headline often names the firm the body calls "the company" or only by a shorter form.
  if (title)
    for (const b of findBusinessesInTitle(title, pack.entities))
      if (!businesses.some((o) => o.name.includes(b.name) || b.name.includes(o.name))) businesses.push(b);
  const dl = sentences.length ? datelinePlace(sentences[0].text) : null;
  if (dl && !places.some((p) => p.dateline)) places.unshift(dl);
  // A person's name is not a place ("Salem Al Marzouqi" is not Salem, India).
  for (let k = places.length - 1; k >= 0; k--) {
    const pl = places[k];
    if (people.some((p) => p.sentence === pl.sentence && p.name.includes(pl.text) && !pl.locative)) places.splice(k, 1);
  }
  // A person is not part of a business's name ("Chokchai Samut" of "Chokchai Samut Fishery Co Ltd").
  const inBusiness = (n: string) => businesses.some((b) => hasWords(b.name, n));
  for (let k = people.length - 1; k >= 0; k--) if (inBusiness(people[k].name)) people.splice(k, 1);
  const fullNames = [...new Set(people.map((p) => p.name))].filter(
    (n) => !people.some((o) => o.name !== n && hasWords(o.name, n)),
  );
  sentences.forEach((s, i) => people.push(...surnameMentions(s.text, i, fullNames, people)));
  // Keep the longest form of each person ("Leila Ashirova" over "Ashirova").
  // A middle name left out ("Gurdip Somal" for "Gurdip Singh Somal") is the same person: same first and last word.
  const sameBounds = (f: string, n: string) => {
    const a = f.split(/\s+/),
      b = n.split(/\s+/);
    return a.length > b.length && b.length >= 2 && a[0] === b[0] && a[a.length - 1] === b[b.length - 1];
  };
  const canonical = (n: string) =>
    fullNames.find((f) => f !== n && hasWords(f, n)) ?? fullNames.find((f) => sameBounds(f, n)) ?? n;
  return {
    people: people.map((p) => ({ ...p, name: canonical(p.name) })),
    organizations,
    places,
    businesses,
    dates: [],
  };
}

/** Whether `part` is whole words of `name` ("Ashirova" of "Leila Ashirova"; the initials "A" are no part of "AA"). */
function hasWords(name: string, part: string): boolean {
  const at = name.indexOf(part);
  if (at < 0) return false;
  const edge = (c: string | undefined) => !c || !/[\p{L}\d]/u.test(c);
  return edge(name[at - 1]) && edge(name[at + part.length]);
}

export function summariseEntities(m: EntityMentions): Entities {
  const uniq = (xs: string[]) => [...new Set(xs)];
  return {
    people: uniq(m.people.map((p) => p.name)),
    organizations: uniq([...m.businesses, ...m.organizations].map((o) => o.name)).filter(
      (n, _, all) => !all.some((o) => o !== n && o.includes(n)),
    ),
    places: uniq(m.places.map((p) => p.entry.name)),
    dates: uniq(m.dates),
  };
}
