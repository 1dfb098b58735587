// Counts of people for the packs after en/ru (id, ms, de, and any pack that gives `pack.victims` its number words
// and nouns): "lima pekerja", "22 orang TKI", "siebzehn Erntehelfer", "mehr als 100 Arbeiter". The same scoring as
// the English/Russian counts in extractors/victims.ts (headline and rescue sentences first; statistics and
// suspects pushed down), with the words taken from the pack. Vague quantities ("puluhan", "Dutzende") are no count.
import type { CountMention } from '../../victims.js';
import type { LanguagePack, VictimPack } from '../types.js';

/** Optional extras a pack's `victims` may carry for this counter (regular-expression sources, case-insensitive). */
export interface CountWords {
  /** Words between a number and its noun that make it no count of people ("tahun", "Jahre", "Euro"). */
  notPeople?: string;
  /** Words just before a number that make it a part of the group ("termasuk", "darunter"). */
  part?: string;
  /** A word right after the noun, or two words on, that makes the people suspects ("orang tersangka", "Personen wurden festgenommen"). */
  suspectAfter?: string;
  /** Generic people nouns that, in a sentence of arrests, are the suspects ("orang", "Personen"). */
  generic?: string;
  /** What may stand between two groups listed together ("lima pria dan tiga wanita"). */
  join?: string;
  /** Words just before a number that make the people the accused ("gegen fünf Männer … ermittelt", "contre trois hommes"). */
  suspectBefore?: string;
  /** Words just before a number of generic people that make it a capacity ("Schlafplätze für bis zu zehn Personen"). */
  capacity?: string;
  /** Words just before a number that make it a lower bound ("mehr als 50", "más de 300"): a precise count told
   *  elsewhere within its range is the better count. */
  atLeast?: string;
  /** Words just before a number that make it the group's stated total ("insgesamt", "au total", "sebanyak"): a total
   *  told after its parts wins over their sum. */
  total?: string;
  /** One victim told without a number ("eine Frau wurde … ausgebeutet", "liberaron a una mujer"): the count is 1
   *  when no number is given. A passive with the victim as subject, or a verb of rescue or exploitation before her. */
  single?: RegExp;
  /** Words right after the noun that make the people staff of an authority ("Mitarbeiter des Hauptzollamts"): no
   *  victims, no count. */
  staffOf?: string;
  /** Words of arrest or accusation (the Romance packs' `arrests`): in the noun's own clause, the people are suspects. */
  arrests?: RegExp;
  /** A number told after its group ("Le vittime individuate sono state 67", "las víctimas son 52", "die Zahl der
   *  Opfer liegt bei 12"): a regex source where {N} stands for the number (digits or the pack's words); what
   *  follows the number must not be a word (then it is "sono 3 euro"). */
  after?: string;
  /** A longer phrase allowed between a number and its noun, beyond the two words any pack allows (German extended
   *  attributes: "14 potenziell von Menschenhandel geschädigte Personen"); a regex source ending in whitespace. */
  longAttribute?: string;
  /** Words that join tens and units in number words written apart ("dua puluh lima"): handled by the table. */
  /** Words after a noun of generic people that make the number how many shared a room ("bis zu acht Personen auf
   *  engstem Raum", "six personnes par chambre"): no count of the victims (a regex source, case-insensitive). */
  crowded?: string;
  /** A pronoun right after a number that counts people of a group told before without a number ("cinquante-sept
   *  d'entre eux", "dodici di loro"): kept as the count only where no other number is given (a regex source). */
  ofThem?: string;
}

export type CountingVictims = VictimPack & CountWords;

interface Compiled {
  count: RegExp;
  minor: RegExp;
  notPeople: RegExp;
  part: RegExp;
  suspectAfter: RegExp;
  generic: RegExp;
  join: RegExp;
  role: RegExp;
  roleAfter: RegExp;
  roleBefore: RegExp;
  suspectBefore: RegExp;
  capacity: RegExp;
  atLeast: RegExp;
  total: RegExp;
  staffOf: RegExp;
  after: RegExp;
  long: RegExp;
  verbBefore: RegExp;
  agentOf: RegExp;
  crowded: RegExp;
  ofThem: RegExp;
  words: Map<string, number>;
}

/**
 * Between a counted noun and the verb that makes its people suspects: an apposition in commas ("Sei cittadini
 * bengalesi, residenti in provincia di Napoli, sono stati arrestati") and up to three words (auxiliaries, adverbs),
 * but never a conjunction, which starts another clause ("13 lavoratori liberati e il titolare arrestato").
 */
const NOT_CONJ = '(?!(?:e|ed|y|et|und|and|dan|serta|sowie|mentre|mientras|tandis|while|but|ma|pero|mais|aber|tapi)\\s)';
/** One more person or group joined to the counted one as the same subject ("zwei Frauen und ein Mann festgenommen",
 *  "tre uomini e una donna arrestati"): an article or a number and one or two words, right after the noun. */
const JOINED_SUBJECT =
  '(?:\\s+(?:und|e|ed|y|et|dan)\\s+(?:ein|eine|einen|un|una|uno|une|um|uma|seorang|zwei|drei|due|tre|deux|trois|dos|tres|duas|três|dua|tiga|\\d+)\\s+[\\p{L}-]+(?=\\s))?';
const TO_SUSPECT_VERB = `${JOINED_SUBJECT}(?:\\s+${NOT_CONJ}[\\p{L}-]+){0,2}?(?:\\s*,[^,.;:!?]{1,70},)?\\s+(?:${NOT_CONJ}[\\p{L}-]+\\s+){0,3}?`;
/**
 * A verb of arrest right before the number, with at most two words between that are neither conjunctions, nor
 * prepositions, nor relative pronouns (which start a new phrase): "sono stati arrestati 3 italiani", "denunciati 3
 * indiani", "festgenommen wurden zwei Männer" — but not "arrestati per aver sfruttato 12 braccianti".
 */
const NOT_LINK =
  '(?!(?:e|ed|y|et|und|and|dan|o|ou|oder|or|per|pour|por|para|par|für|wegen|for|di|de|d|du|des|dei|degli|delle|della|del|von|vom|avec|con|com|mit|with|a|à|ad|al|au|aux|ai|agli|alle|in|en|im|dans|nel|nella|zu|zur|zum|che|qui|que|der|die|das|welche|who|which|that)(?![\\p{L}]))';
const VERB_TO_NUMBER = `(?:\\s+${NOT_LINK}[\\p{L}-]+){0,2}\\s+$`;
const cache = new Map<LanguagePack, Compiled>();
const never = /(?!)/;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compiled(pack: LanguagePack): Compiled {
  let c = cache.get(pack);
  if (!c) {
    const v = pack.victims as CountingVictims;
    const words = new Map(Object.entries(v.numberWords).map(([k, n]) => [k.toLowerCase().replace(/\s+/g, ' '), n]));
    const wordSrc = [...words.keys()]
      .sort((a, b) => b.length - a.length)
      // "cinquante-sept" is also written "cinquante sept".
      .map((k) => esc(k).replace(/ /g, '\\s+').replace(/-/g, '[-\\s]'))
      .join('|');
    // 1.200 / 1 200 are thousands in these languages; "1,5" is no count of people.
    const num = `\\d{1,3}(?:[.\\s\\u00a0]\\d{3})+(?![.,]?\\d)|\\d+(?![.,]\\d)|${wordSrc}`;
    const b = (s: string) => new RegExp(`(?<![\\p{L}\\d])(?:${s})(?![\\p{L}])`, 'iu');
    c = {
      count: new RegExp(
        `(?<![\\p{L}\\d.,/:-])(${num})\\s+(${v.longAttribute ? `(?:${v.longAttribute})|` : ''}(?:[\\p{L}-]+\\s+){0,2}?)(${v.nouns})(?![\\p{L}])`,
        'giu',
      ),
      minor: b(v.minors),
      notPeople: v.notPeople ? b(v.notPeople) : never,
      part: v.part ? new RegExp(`(?:${v.part})[\\s,:—–-]*$`, 'iu') : never,
      suspectAfter:
        v.suspectAfter || v.arrests
          ? new RegExp(
              `^${TO_SUSPECT_VERB}(?:${[v.suspectAfter, v.arrests?.source].filter(Boolean).join('|')})(?![\\p{L}])`,
              'iu',
            )
          : never,
      generic: v.generic ? new RegExp(`^(?:${v.generic})$`, 'iu') : never,
      join: v.join ? new RegExp(`^\\s*(?:${v.join})\\s*$`, 'iu') : /^\s*,\s*$/,
      // "tiga wanita majikan", "due imprenditori cinesi", "sept maîtres coraniques": people named by a role that is
      // not a victim's, in the words between the number and the noun or right after the noun.
      role: v.notVictimRoles ? b(v.notVictimRoles) : never,
      // …also in apposition after a comma: "tre cinesi, titolari di laboratori", "deux hommes, gérants de la société".
      roleAfter: v.notVictimRoles ? new RegExp(`^\\s*,?\\s+(?:${v.notVictimRoles})(?![\\p{L}])`, 'iu') : never,
      // "die drei Drahtzieher, zwei Männer und eine Frau": people in apposition to a role are that role.
      roleBefore: v.notVictimRoles ? new RegExp(`(?<![\\p{L}])(?:${v.notVictimRoles})\\s*[,:—–-]\\s*$`, 'iu') : never,
      suspectBefore: v.suspectBefore ? new RegExp(`(?<![\\p{L}])(?:${v.suspectBefore})\\s+$`, 'iu') : never,
      capacity: v.capacity ? new RegExp(`(?<![\\p{L}])(?:${v.capacity})\\s+$`, 'iu') : never,
      atLeast: v.atLeast ? new RegExp(`(?<![\\p{L}])(?:${v.atLeast})\\s+$`, 'iu') : never,
      total: v.total ? new RegExp(`(?<![\\p{L}])(?:${v.total})[\\s,:—–-]+$`, 'iu') : never,
      staffOf: v.staffOf ? new RegExp(`^\\s+(?:${v.staffOf})`, 'iu') : never,
      after: v.after
        ? new RegExp(`(?<![\\p{L}])(?:${v.after.replace('{N}', `(${num})`)})(?![\\p{L}\\d]|\\s+[\\p{L}\\d])`, 'giu')
        : /(?!)/g,
      long: v.longAttribute ? new RegExp(`^(?:${v.longAttribute})$`, 'iu') : never,
      // Built from the verbs of arrest only (`suspectAfter` may hold nouns: Indonesian "orang polisi").
      agentOf: v.arrests
        ? new RegExp(
            `(?<![\\p{L}])(?:${v.arrests.source})\\s+(?:par|von|da|dai|dagli|dalle|dal|por|pelos|pelas|pelo|pela|oleh|by)\\s+$`,
            'iu',
          )
        : never,
      verbBefore: v.arrests ? new RegExp(`(?<![\\p{L}])(?:${v.arrests.source})${VERB_TO_NUMBER}`, 'iu') : never,
      crowded: v.crowded ? new RegExp(`^(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:${v.crowded})(?![\\p{L}])`, 'iu') : never,
      ofThem: v.ofThem ? new RegExp(`(?<![\\p{L}\\d.,/:-])(${num})\\s+(?:${v.ofThem})(?![\\p{L}])`, 'giu') : /(?!)/g,
      words,
    };
    cache.set(pack, c);
  }
  return c;
}

function readNumber(s: string, c: Compiled): number | null {
  const t = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d{1,3}(?:[.\s\u00a0]\d{3})+$/.test(t)) return Number(t.replace(/\D/g, ''));
  if (/^\d+$/.test(t)) return Number(t);
  return c.words.get(t) ?? c.words.get(t.replace(/ /g, '-')) ?? null;
}

const INDEFINITE = /^(?:un|una|uno|une|um|uma|ein|eine|einen|einem|einer)$/iu;

/** Counts of people in one sentence (index -1 is the headline), scored like extractors/victims.ts findCounts. */
export function packCounts(sentence: string, index: number, pack: LanguagePack): CountMention[] {
  const c = compiled(pack);
  const v = pack.victims;
  const stats = v.statistics.test(sentence) || (index >= 0 && v.aggregate.test(sentence));
  const event =
    pack.dates.events.some((e) => e.weight >= 3 && e.pattern.test(sentence)) ||
    Object.values(pack.indicators).some((l) => l.some((p) => new RegExp(p, 'iu').test(sentence)));
  const arrests = pack.perpetratorCues.test(sentence) && !event;
  const score =
    (index < 0 ? 4 : 0) +
    (event ? 3 : 0) +
    (index >= 0 && index < 3 ? 2 : index >= 0 && index < 6 ? 1 : 0) -
    (stats ? 6 : 0);
  const out: CountMention[] = [];
  for (const m of sentence.matchAll(c.count)) {
    const n = readNumber(m[1], c);
    if (n === null || n <= 0 || n > 100000) continue;
    // "Uccisero un lavoratore ribelle", "eine Frau berichtete": an indefinite article is a count of one only in a
    // sentence of rescue or exploitation ("exploitait une domestique").
    // A child so told still counts among the minors, as a part of the group.
    const articleOnly = n === 1 && INDEFINITE.test(m[1]) && !event;
    if (articleOnly && !c.minor.test(m[3]) && !c.minor.test(m[2])) continue;
    const between = m[2];
    const noun = m[3];
    if (c.notPeople.test(between) && !c.long.test(between)) continue;
    const at = m.index ?? 0;
    const end = at + m[0].length;
    // "acht von den Tätern ausgebeutete Frauen": the agent of an extended attribute is not the people counted.
    if ((c.role.test(between) && !c.long.test(between)) || c.staffOf.test(sentence.slice(end))) continue;
    const lead = sentence.slice(Math.max(0, at - 30), at);
    // "Schlafplätze für bis zu zehn Personen": how many a room holds, not how many were exploited.
    if (c.capacity.test(lead) && c.generic.test(noun)) continue;
    // "bis zu acht Personen auf engstem Raum": how many shared a room, not how many were exploited.
    if (c.generic.test(noun) && c.crowded.test(sentence.slice(end))) continue;
    // A year before a noun ("2023 pekerja" is rare; "pada 2023 warga" is a date).
    if (/^(?:19|20)\d\d$/.test(m[1]) && !/^\d/.test(between)) continue;
    const subset = c.part.test(lead) || articleOnly;
    const minors = c.minor.test(noun) || c.minor.test(between);
    // "Trois personnes poursuivies par 25 de leurs employés", "angezeigt von 31 Erntehelfern": the agent of an
    // accusation is who accuses — the victims — whatever verb ends the sentence.
    const accuser = c.agentOf.test(sentence.slice(Math.max(0, at - 60), at));
    const suspects =
      !accuser &&
      (c.suspectAfter.test(sentence.slice(end)) ||
        c.roleAfter.test(sentence.slice(end)) ||
        c.suspectBefore.test(lead) ||
        c.roleBefore.test(lead) ||
        c.verbBefore.test(sentence.slice(Math.max(0, at - 60), at)) ||
        (arrests && c.generic.test(noun)));
    // "…, insgesamt elf Personen": the stated total outweighs a sum of its parts (+0.5) by a little more.
    const total = !subset && c.total.test(lead);
    out.push({
      count: n,
      minors,
      subset,
      sentence: index,
      score: score - (suspects ? 8 : 0) + (total ? 1 : 0),
      atLeast: c.atLeast.test(lead),
      at,
      end,
      reason: suspects
        ? 'people counted in a sentence of arrests (suspects)'
        : stats
          ? 'count in a sentence of statistics'
          : `"${m[0].trim()}"`,
    });
  }
  // "Le vittime individuate sono state 67": the number told after its group, a stated total like "insgesamt".
  for (const m of sentence.matchAll(c.after)) {
    const n = readNumber(m[1], c);
    if (n === null || n <= 0 || n > 100000 || /^(?:19|20)\d\d$/.test(m[1])) continue;
    out.push({
      count: n,
      minors: false,
      subset: false,
      sentence: index,
      score: score + 1,
      at: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      reason: stats ? 'count in a sentence of statistics' : `"${m[0].trim()}" (number told after the group)`,
    });
  }
  // "cinquante-sept d'entre eux se sont constitués parties civiles": a part of a group told without its number, the
  // count only where nothing better is told (scored below every other count of the sentence); minors are a part.
  for (const m of sentence.matchAll(c.ofThem)) {
    const n = readNumber(m[1], c);
    if (n === null || n <= 0 || n > 100000 || /^(?:19|20)\d\d$/.test(m[1])) continue;
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const minors = c.minor.test(sentence.slice(end, end + 40));
    out.push({
      count: n,
      minors,
      subset: minors,
      sentence: index,
      // Below the other counts of its sentence, but kept where the sentence has no other (never below zero).
      score: score >= 0 ? Math.max(0, score - 3) : score,
      at,
      end,
      reason: stats
        ? 'count in a sentence of statistics'
        : `"${m[0].trim()}" (a part of a group told without its number)`,
    });
  }
  // "gegen fünf Frauen und vier Männer": a group listed right after the accused is accused too.
  const accused = new Set(out.filter((x) => x.reason?.includes('suspects')));
  for (const [k, x] of out.entries()) {
    const prev = out[k - 1];
    if (prev && accused.has(prev) && !accused.has(x) && c.join.test(sentence.slice(prev.end!, x.at!))) {
      x.score -= 8;
      x.reason = 'people counted in a sentence of arrests (suspects)';
      accused.add(x);
    }
  }
  // "zwei Frauen und drei Männer wurden festgenommen": a group listed right before the accused is accused too.
  for (let k = out.length - 2; k >= 0; k--) {
    const x = out[k]!;
    const next = out[k + 1]!;
    if (accused.has(next) && !accused.has(x) && x.end! <= next.at! && c.join.test(sentence.slice(x.end!, next.at!))) {
      x.score -= 8;
      x.reason = 'people counted in a sentence of arrests (suspects)';
      accused.add(x);
    }
  }
  // Groups listed together ("lima pria dan tiga wanita"): their sum is the group's count.
  const parts = out.filter((x) => !x.subset && x.score > -5);
  let run: CountMention[] = [];
  const sums: CountMention[] = [];
  const flush = () => {
    if (run.length >= 2) {
      sums.push({
        count: run.reduce((t, x) => t + x.count, 0),
        minors: run.every((x) => x.minors),
        subset: false,
        sentence: index,
        score: Math.max(...run.map((x) => x.score)) + 0.5,
        reason: `sum of the groups listed together (${run.map((x) => x.count).join(' + ')})`,
      });
      for (const x of run) x.subset = true;
    }
    run = [];
  };
  for (const x of parts) {
    const prev = run[run.length - 1];
    if (prev && c.join.test(sentence.slice(prev.end!, x.at!))) run.push(x);
    else {
      flush();
      run = [x];
    }
  }
  flush();
  return [...out, ...sums];
}
