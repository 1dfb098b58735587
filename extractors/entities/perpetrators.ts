// The people accused in a case: named people tied to the exploitation by a role beside the name ("the owner,
// Ramesh", "窑主茹红旗", "il titolare Marco Rossi") or by a cue of accusation in their sentence (arrested, charged,
// convicted), never a source quoted about the case (official, lawyer, NGO worker) nor a victim. Role words,
// speakers and cues come from the language pack (extractors/lang/<code>/entities.ts), English and Russian roles
// beside them (names of foreign cases are often written with English titles). Each perpetrator carries its reason.
import type { Perpetrator } from '../../lib/types.js';
import { OTHER_ROLES, PERPETRATOR_ROLES } from '../data/lexicons/names.js';
import { languagePack } from '../lang/index.js';
import type { Sentence } from '../sentences.js';
import type { PersonMention } from './people.js';
import { escapeRegExp } from '../../lib/regexp.js';

export interface PerpetratorInput {
  sentences: Sentence[];
  mentions: { people: PersonMention[] };
  lang: string;
}

// A role starts a word, except in Chinese, where no space parts it from the word before ("女僱主羅允彤", "窑主王兵兵").
// `then`: words that may stand between the role and the name ("korban berinisial LH", "tersangka berinisial PA").
const roleRx = (roles: string[], then?: RegExp) =>
  new RegExp(
    `(?<!(?!\\p{Script=Han})\\p{L})(${[...new Set(roles)]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})${then ? `(?:\\s+(?:${then.source}))?` : ''}`,
    'giu',
  );

interface RoleTables {
  perp: RegExp;
  other: RegExp;
  accused: RegExp | null;
  speakerAfter: RegExp | null;
  speakerBefore: RegExp | null;
}
const tables = new Map<string, RoleTables>();
/** The role expressions of a language: its pack's roles beside the English and Russian ones. */
function rolesOf(lang: string): RoleTables {
  let t = tables.get(lang);
  if (!t) {
    const e = languagePack(lang).entities;
    const then = [e?.initialsAfter, e?.roleThen].filter((r): r is RegExp => !!r);
    const between = then.length ? new RegExp(then.map((r) => `(?:${r.source})`).join('|'), 'u') : undefined;
    t = {
      perp: roleRx([...PERPETRATOR_ROLES, ...(e?.perpetratorRoles ?? [])], between),
      other: roleRx([...OTHER_ROLES, ...(e?.otherRoles ?? [])], between),
      accused: e?.accusedRoles ?? null,
      speakerAfter: e?.speakerAfter ?? null,
      speakerBefore: e?.speakerBefore ?? null,
    };
    tables.set(lang, t);
  }
  return t;
}

/** The role written right before a name ("sole director, Marek Bango") or in apposition after it ("Emil Taubulatov, a lawyer"). */
function roleNear(text: string, start: number, length: number, rx: RegExp, before_ = true): string | null {
  const before = text.slice(Math.max(0, start - 45), start);
  const after = text.slice(start + length, start + length + 40);
  const last = before_ ? [...before.matchAll(rx)].pop() : undefined;
  // Only a role in the same phrase as the name: a comma, an article, a title-case word, or an unpunctuated
  // attribute between them ("юрист правозащитного центра «Мемориал» Эмиль Таубулатов").
  const gap = last ? before.slice((last.index ?? 0) + last[0].length) : '';
  // "According to the investigators, Sandhu": a plural role before a comma is not this person's title.
  const pluralAcrossComma = !!last && /s$/i.test(last[1]) && gap.includes(',');
  const objectAcrossComma = !!last && gap.includes(',') && ROLE_AS_OBJECT.test(before.slice(0, last.index ?? 0));
  if (
    last &&
    !pluralAcrossComma &&
    !objectAcrossComma &&
    (/^[\p{L}-]*,?\s+(?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}-]*\s+)?$/u.test(gap) ||
      (/^[\s\u0400-\u04FF«»"“”「」『』-]{0,40}$/u.test(gap) && !/заяв|сообщ|задерж|обвин/iu.test(gap)))
  )
    return last[1].toLowerCase();
  const appos = after.match(
    /^,\s*(?:\d{1,2},\s*)?(?:(?:a|an|the|his|her|its|their)\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u,
  );
  const inAppos = appos ? [...appos[1].matchAll(rx)][0] : undefined;
  return inAppos ? inAppos[1].toLowerCase() : null;
}

// "Le procureur de la République, Jean Dupont,", "the head of the labour inspectorate, X": an official's title with its
// complement, then a comma and the name. Read for sources only (a wider gap than roleNear takes for the accused).
const COMPLEMENT_GAP =
  /^(?:\s+(?:de|du|des|de la|de l['’]|del|della|dello|dei|do|da|dos|das|of|for|at|of the)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})\s*,\s*$/iu;
// "il giudice monocratico del Tribunale di Latina Simona Sergio", "il pm della Procura di Bari Anna Verdi": with no
// comma the complement must name an institution (a capital after the preposition), never "del caporale X".
const INSTITUTION_GAP =
  /^(?:\s+\p{Ll}+){0,2}\s*(?:de|du|des|de la|del|della|dello|dei|do|da|of the|of)\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:di|de|del|della|of)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?\s+$/u;
function officialBefore(text: string, start: number, rx: RegExp): boolean {
  const before = text.slice(Math.max(0, start - 70), start);
  const last = [...before.matchAll(rx)].pop();
  const gap = last ? before.slice((last.index ?? 0) + last[0].length) : '';
  return !!last && (COMPLEMENT_GAP.test(gap) || INSTITUTION_GAP.test(gap));
}

// Roles that alone make a named person accused in a case report; kin and work roles ("his son", "manager") need
// a cue of accusation in the sentence or an accused person beside them.
const ACCUSED_ROLE =
  /^(?:owners?|co-owner|proprietors?|boss|employer|gangmaster|traffickers?|recruiter|landlord|ringleader|gang leader|suspect|defendant|accused|broker|middleman|married couple|couple|владел\S*|хозя\S*|вербовщик|подозреваем\S*|обвиняем\S*|работодател\S*|посредник|осужд\S*|задержанн\S*|фигурант\S*|организатор\S*|главар\S*|надсмотрщик\S*)$/iu;
// "…, police said", "said Inspector X", "according to X": a person quoted about the case is a source, not accused.
// The speech verb may follow an apposition or a relative clause: "X, who leads the unit, said", "X, from the
// charity Y, said", "X, head of the task force, told reporters".
const SPEAKER_AFTER =
  /^(?:,\s+(?!(?:and|both|were|was|who (?:was|were|is|are|had|has) (?:arrested|charged|jailed|convicted|sentenced)))[^.;:!?"“”]{1,90}?,)?(?:,)?\s+(?:said|says|told (?:reporters|journalists|the media|the (?:bbc|newspaper|agency|guardian))|added|explained|stated|noted|confirmed|warned|urged|welcomed|praised|described)\b/i;
const SPEAKER_AFTER_BARE = /^(?:,)?\s+(?:told)\b/i;
// «Иван Петров сообщил», «…, руководитель центра, рассказал»: a Russian verb of saying after the name (or its apposition).
const SPEAKER_AFTER_RU =
  /^(?:,[^.;:!?«»"]{1,90}?,)?\s+(?:сообщил|заявил|рассказал|пояснил|отметил|подчеркнул|уточнил|добавил|считает|говорит|рассказывает|уверен|напомнил|прокомментировал)\S*/iu;
const SPEAKER_BEFORE =
  /(?:\b(?:said|says|told|according to|added|explained)\s*,?\s*$)|(?:сообщил\S*|заявил\S*|рассказал\S*|по словам)\s*$/iu;
// "said Dunaj had recruited them": after "said" the name is the subject of the reported clause, not the speaker.
const REPORTED_SUBJECT = /^\s+(?:had|has|have|was|were|is|would|did|\p{Ll}+ed)\b/u;
// "criminal intimidation against X", "assaulting X", "cruelty to X": the person an offence was done to is a victim
// ("charges against X" names the accused and is not here).
const VICTIM_OBJECT =
  /\b(?:intimidation|assault(?:ing|ed)?|(?:bodily )?harm|abus(?:e|ing|ed)|offences|crimes|violence|cruelty|injur(?:ies|ing)|attack(?:s|ing)?|beating|wounding|enslaving|trafficking of|exploitation of|exploiting|rape of)\s+(?:(?:an|a|the|her|his|their|another|maid|worker|victim|nanny|domestic|helper)\s+){0,3}(?:against\s+|on\s+|of\s+|to\s+)?$/i;
// "Anh, one of the teenagers," / "Budi, among the crew": the person is one of the victims.
// "after Ravi Kumar escaped from the farm and alerted police": the person who fled, was freed or raised the alarm
// is one of the exploited, whatever the sentence's cue of accusation says of someone else.
const VICTIM_AFTER =
  /^,?\s+(?:(?:had |later |finally |eventually )?(?:escaped|fled|managed to (?:escape|flee)|ran away|raised the alarm|alerted (?:police|the police|authorities|officers)|sought help)|(?:was|were|had been) (?:rescued|freed|forced to|made to|trafficked to|promised|paid (?:just|only|nothing|no))|(?:told|said) (?:the court|police|investigators|officers)? ?(?:that )?(?:he|she|they) (?:had been|was|were) (?:forced|made|beaten|kept|held|trafficked))/i;
// "Sentencing the couple, Recorder X", "Jailing the owner, Judge X": the role is the object of the clause before the
// comma, not the title of the person after it.
const ROLE_AS_OBJECT = /\b\p{L}+ing\s+(?:the|a|an|both|his|her|their)\s+$/iu;
const VICTIM_APPOS =
  /^,\s*(?:\d{1,2},\s*)?(?:one of (?:the|those|four|three|two|five|six|\d+)|among (?:the|those)|another|a fellow|the youngest of the)\s+(?:[\p{L}-]+\s+){0,2}?(?:victims?|workers?|women|men|teenagers|girls|boys|labou?rers|fishermen|maids|survivors|children|migrants|crew|employees|pickers|nannies|cleaners)\b/iu;

const GLUE =
  /\b(?:and|his|her|their|wife|husband|son|daughter|brother|sister|father|mother|partner|all|both|also|aged)\b|\d{1,3}|[\s,;()&]/giu;
/** Whether a stretch of text is only other people's names and the words that join a list of them. */
function listGlue(gap: string, names: string[]): boolean {
  let g = gap;
  for (const n of [...names].sort((a, b) => b.length - a.length)) g = g.split(n).join(' ');
  // Names the taggers cut short ("Manjinder Kaur Somal" read as "Manjinder Somal"): capitalised words between commas.
  g = g.replace(/(?:^|,|\band\b)\s*(?:\p{Lu}[\p{L}'’-]+\s*){1,4}(?=,|\s+and\b|\s*$)/gu, ' ');
  return g.replace(GLUE, '') === '';
}

// Words of a list's segment that show it names victims or sources, not more of the accused.
const NOT_ACCUSED_SEGMENT =
  /\b(?:victims?|workers?|vittim\p{L}*|braccianti|lavorator\p{L}*|operai|víctimas?|trabajador\p{L}*|vítimas?|trabalhador\p{L}*|victimes?|ouvriers?|salariés|Opfer|Arbeiter\p{L}*|korban|mangsa|pekerja|said|says|according|secondo|según|segundo|selon|laut|kata|ha detto|dijo|disse|a déclaré|sagte)\b/iu;
/**
 * "In manette sono finiti A, 54 anni, titolare dell'azienda, sua moglie B, 50 anni, … e tre caporali: C, 41 anni, e
 * D": one predicate of accusation before a long list. Between the cue and the name only other names, ages and short
 * lower-case appositions (a role, a kinship, "tre caporali indiani"), none about victims or sources.
 */
function listAfterCue(gap: string, names: string[]): boolean {
  if (gap.length > 400 || /[.!?]\s/.test(gap)) return false;
  let g = gap;
  for (const n of [...names].sort((a, b) => b.length - a.length)) g = g.split(n).join(' ');
  if (NOT_ACCUSED_SEGMENT.test(g)) return false;
  // Each stretch between commas, colons and conjunctions: an age or a short lower-case apposition.
  return g
    .split(/[,;:()]|\s(?:e|y|et|und|and|dan|ed)\s/u)
    .map((x) => x.trim())
    .every((x) => !x || (/^[\p{Ll}\d'’ -]*$/u.test(x) && x.split(/\s+/).length <= 5));
}

/** The accused of one case; `businessNoun` names the unnamed workplace an owner owns ("kiln owner"). */
export function findPerpetrators(input: PerpetratorInput, businessNoun: string | null): Perpetrator[] {
  const { sentences, mentions, lang } = input;
  const cue = languagePack(lang).perpetratorCues;
  const cueAll = new RegExp(cue.source, cue.flags.replace('g', '') + 'g');
  const roles = rolesOf(lang);
  const other = new Set<string>();
  // A bare surname after a role word is often its object ("told police Tran had said"): appositions only.
  for (const p of mentions.people) {
    const text = sentences[p.sentence].text;
    if (
      roleNear(text, p.start, p.length, roles.other, p.length >= p.name.length) ||
      (p.length >= p.name.length && officialBefore(text, p.start, roles.other)) ||
      VICTIM_APPOS.test(text.slice(p.start + p.length, p.start + p.length + 80)) ||
      VICTIM_AFTER.test(text.slice(p.start + p.length, p.start + p.length + 80)) ||
      VICTIM_OBJECT.test(text.slice(Math.max(0, p.start - 60), p.start))
    )
      other.add(p.name);
  }
  const out = new Map<string, { role: string | null; reason: string }>();
  const accusedIn = new Set<number>();
  const consider = (pass: 1 | 2) => {
    for (const p of mentions.people) {
      if (other.has(p.name) || (out.has(p.name) && out.get(p.name)!.role)) continue;
      const text = sentences[p.sentence].text;
      const namesIn = mentions.people.filter((q) => q.sentence === p.sentence).map((q) => q.name);
      let role = roleNear(text, p.start, p.length, roles.perp) ?? null;
      // A list of names sharing one predicate ("A, his wife B, C and D all deny conspiracy to exploit") takes its
      // cue however long the list: between the name and the cue only other names and list glue. Every cue of the
      // sentence counts: a verdict read out person by person has one near each name ("…, e a un anno per Y").
      const m = [...text.matchAll(cueAll)].find(
        (c) =>
          Math.abs(c.index - p.start) <= 140 ||
          (c.index > p.start && listGlue(text.slice(p.start + p.length, c.index), namesIn)) ||
          (c.index < p.start && listAfterCue(text.slice(c.index + c[0].length, p.start), namesIn)),
      );
      const cued = !!m;
      const after = text.slice(p.start + p.length, p.start + p.length + 120);
      const speaker =
        SPEAKER_AFTER.test(after) ||
        !!roles.speakerAfter?.test(after) ||
        !!roles.speakerBefore?.test(text.slice(Math.max(0, p.start - 40), p.start)) ||
        SPEAKER_AFTER_BARE.test(after.slice(0, 20)) ||
        SPEAKER_AFTER_RU.test(after) ||
        (SPEAKER_BEFORE.test(text.slice(Math.max(0, p.start - 25), p.start)) && !REPORTED_SUBJECT.test(after));
      let reason: string | null = null;
      if (role && (ACCUSED_ROLE.test(role) || !!roles.accused?.test(role))) reason = `role "${role}" beside the name`;
      else if (cued && !speaker)
        reason = role
          ? `role "${role}" and a cue of accusation ("${m![0]}")`
          : `named near a cue of accusation ("${m![0]}")`;
      else if (pass === 2 && role && accusedIn.has(p.sentence)) reason = `role "${role}" beside an accused person`;
      if (!reason) continue;
      accusedIn.add(p.sentence);
      if (!role && /owner|owned|владел|хозя/iu.test(text)) role = 'owner';
      if (role && /^(?:owners?|co-owner|proprietors?|married couple|couple)$/.test(role))
        role = businessNoun ? `${businessNoun} owner` : 'owner';
      if (role && lang === 'ru' && /owner/.test(role)) role = 'владелец';
      if (!out.has(p.name) || (!out.get(p.name)!.role && role)) out.set(p.name, { role, reason });
    }
  };
  consider(1);
  consider(2);
  return [...out.entries()].map(([name, v]) => ({ name, role: v.role, reason: v.reason }));
}
