// The language seam: everything the analysis knows about one language, in one object. A pack is resolved once
// per article (extractors/lang/index.ts: languagePack) and handed to the stages, which take their lexicons,
// patterns, number words, date parser and stemmer from it instead of asking "is this Russian?" themselves.
// Adding a language is one folder (extractors/lang/<code>/index.ts exporting a LanguagePack) and one line in
// the registry.
import type { Chrono } from 'chrono-node';
import type { IndicatorId } from '../../lib/types.js';
import type { CaseCues } from '../data/lexicons/relevance-cases.js';
import type { RelevanceLexicon } from '../data/lexicons/types.js';
import type { DemonymRow } from '../data/demonyms.js';
import type { Sector } from '../data/sectors.js';
import type { PlaceMention } from '../places.js';
import type { CountMention } from '../victims.js';
import type { PersonMention } from '../entities/people.js';

/** A verb of an event an incident is dated by, with its priority (rescue 3 … ruling 1.2). */
export interface EventCue {
  pattern: RegExp;
  weight: number;
}

export interface DatePack {
  /** chrono's parser for the language (its casual configuration where it has one). */
  parser: Pick<Chrono, 'parse'>;
  /** Expressions chrono does not read, rewritten to ones it does (same meaning, similar length). */
  rewrites: [RegExp, string][];
  /** A verb of saying just before a date: "…, police said on Tuesday" dates the statement. */
  speech: RegExp;
  /** After the verb of saying, words that start a reported clause ("said that on 6 May they…"). */
  reported: RegExp;
  /** Words that make a day certain though chrono marks it implied ("yesterday", «вчера»). */
  dayWords: RegExp;
  /** Spans that name no day ("last week", «в прошлом месяце»): a month at best, never a guessed day. */
  vague: RegExp;
  /** Verbs of the events an incident is dated by, strongest first. */
  events: EventCue[];
  /** Optional: a sentence told in the future ("sera jugé le 4 avril", "akan digelar"): a yearless date after the
   *  publication is a hearing or a plan to come, dropped rather than moved back a year. */
  future?: RegExp;
  /** Optional: right after a date, a verb of saying that closes the clause ("wie die Polizei am Dienstag
   *  mitteilte"): the date is the statement's. */
  speechAfter?: RegExp;
  /** Optional: words for "that same day" ("当天", "the same day", "no mesmo dia"): a sentence of the event without a
   *  day of its own is dated by the day the sentence before it names. */
  sameDay?: RegExp;
  /** Optional: a day of the month written alone, its number the first group ("警方12日表示", "no dia 5"): that day of
   *  the publication's month (or the month before), where the parser reads none. */
  dayOfMonth?: RegExp;
}

export interface PlacePack {
  /** Words before a name that make it where something happened ("in", «в», «под»). */
  locative: RegExp;
  /** Words before a name that make it the victims' origin ("from", «из», «уроженец»). */
  origin: RegExp;
  /** A word after a name that makes it part of a street, a building or a square ("Delhi Road", «улица»). */
  streetAfter: RegExp;
  /**
   * A word ending a run of capitalised words after a name that makes the run an organisation's or a building's
   * name ("Stella Maris Seafarers' Centre", "Kent Refugee Action Network"): the name is not a place there.
   */
  orgAfter?: RegExp;
  /** A word before a name that makes it part of a street name («улица Московская», "rue de Paris"). */
  streetBefore: RegExp;
  /** Words before an unknown name that make it a locality ("the village of Kalanpur", «в селе Y»). */
  localityBefore: RegExp;
  /** A word after an unknown name that makes it a locality ("Sinui island", "the Greenacres site"). */
  localityAfter?: RegExp;
  /** Words before a name that make it the seat of the police, inspectors or prosecutors acting ("carabinieri di X",
   *  "Polsek X", "Hauptzollamt X"): a place, weighing like a court town (often only near the site). */
  seatBefore?: RegExp;
  /** Capitalised words of this language that are not places though a gazetteer has a place of that name. */
  notPlaces: Set<string>;
  /** Optional: the country around a town named by the town's adjective ("nel Foggiano" → Foggia, "dans le
   *  Libournais" → Libourne): the words before such a name (a pattern ending where it starts) and the town names
   *  an adjective may come from, likeliest first. */
  territory?: { before: RegExp; towns: (adjective: string) => string[] };
}

export interface VictimPack {
  /** Alternatives of victim nouns (a regular expression source). */
  nouns: string;
  minors: string;
  numberWords: Record<string, number>;
  statistics: RegExp;
  aggregate: RegExp;
  notVictimRoles: string;
  authorities: string;
}

/** What a language knows about the firms and the people of a case (extractors/entities): role words, the words
 *  of speakers and institutions, company nouns. Lists are lower case; roles match from the word's start, so a stem
 *  ("подозреваем", "tersangka") takes its endings. */
export interface EntityPack {
  /** Roles written beside a name that tie its bearer to the exploitation (owner, manager, foreman, suspect). */
  perpetratorRoles: string[];
  /** Of those, the roles that alone make a named person accused (owner, suspect, defendant), as a whole-role test. */
  accusedRoles: RegExp;
  /** Roles of people who are never the accused: officials, police, lawyers, judges, NGO staff, journalists, victims. */
  otherRoles: string[];
  /** Right after a name: a verb of saying that makes its bearer a source ("…, a déclaré", "…, ha spiegato"). */
  speakerAfter?: RegExp;
  /** Right before a name: "selon", "a fait savoir", "kata" — the name is a source. */
  speakerBefore?: RegExp;
  /** A word of a capitalised run that makes it an institution, a rank or an administrative place, never a person
   *  ("Kementerian", "Kabupaten", "Kombes"). */
  notPerson?: RegExp;
  /** Words that open a capitalised run but are a rank, a role or a sentence word, not the name ("Kombes Zain Dwi
   *  Nugroho", "Tersangka Tedi"): dropped from the run's start, the role itself read by the perpetrator stage. */
  titles?: RegExp;
  /** Company nouns after which a capitalised run (≤3 lower-case words between) is a business ("l'entreprise
   *  chimique X", "la società X", "perusahaan X"): regex sources. */
  companyNouns?: string[];
  /** Words that open a business name in this language ("Confezioni X", "Pabrik X"): regex sources. */
  tradeStart?: string[];
  /** Words around an organisation's name (a tagger's ORGANIZATION) that tell its role, weighed: the employer, the
   *  owner, a supplier, the target of an order (positive), or a source, an outlet, a helper (negative). Added to
   *  the English cues (extractors/data/lexicons/businesses.ts BUSINESS_CUES_EN). */
  businessCues?: BusinessCue[];
  /** Nouns of shops and workplaces after which a QUOTED name is a business ("restaurante «El Rincón»", „Beauty
   *  Nails“ after "Nagelstudio"); company nouns count too. Regex sources, lower case. */
  quotedNouns?: string[];
  /** Words after which upper-case initials name a person ("berinisial AR, AC dan MM"): the press's way of withholding
   *  a suspect's (or a victim's) name; the role around them is read by the perpetrator stage. */
  initialsAfter?: RegExp;
  /** Words that may stand between a role and the name it titles: an adjective of origin or a courtesy title
   *  ("l'avvocato albese X", "il caporale pakistano Y", "pubblico ministero, dottor Z"). */
  roleThen?: RegExp;
  /** Words right before a capitalised run that make it a place when the gazetteer knows it, however small the
   *  town ("entrambi di Villa Castelli", "la compagnia di Francavilla Fontana"). */
  placeOf?: RegExp;
  /** People named in a script without capitals (Chinese): found with the language's own cues. */
  people?: (text: string, sentence: number) => PersonMention[];
}

/** One cue of a business's role: a regex source matched against the text just before the name (ending there) or
 *  just after it (starting there), its weight, and the reason returned with the business. */
export interface BusinessCue {
  side: 'before' | 'after';
  pattern: string;
  weight: number;
  reason: string;
}

export interface LanguagePack {
  /** ISO 639-1 code of the pack. */
  code: string;
  /** Letters of the pack's script: tells a sentence in this language from a quote in another. */
  script: RegExp;
  /** English patterns need \b around them; Russian stems carry their own endings and must not. */
  wordBounded: boolean;
  relevance: RelevanceLexicon;
  caseCues: CaseCues;
  /** Indicator patterns (sources), most telling first. */
  indicators: Record<IndicatorId, string[]>;
  victims: VictimPack;
  /** A country's people in this language: demonym forms, or stems where the language inflects them. */
  demonyms: (row: DemonymRow) => string[];
  perpetratorCues: RegExp;
  /** Optional: the language's roles, speakers, institutions and company nouns for businesses and perpetrators. */
  entities?: EntityPack;
  workplaces: { pattern: RegExp; name: string; sector: Sector }[];
  dates: DatePack;
  places: PlacePack;
  /** Optional: the country most news in this language comes from (Italian → IT), a weak hint for ambiguous place
   *  names when the outlet's domain names no country; leave unset where several countries share the language. */
  homeCountry?: string;
  /** The Snowball stem of a lower-case word, for the lemmatised search field. */
  stem: (word: string) => string;
  /** Optional (packs after en/ru): a sentence that denies or only supposes abuse ("tidak ada tanda", "kein Hinweis"). */
  negation?: RegExp;
  /** Optional: words a headline declares its genre with before a colon or dash ("Opinion:", «Мнение:»). */
  genreLabels?: string[];
  /** Optional: a sentence that recaps earlier, other cases ("an earlier order against X", "three other active
   *  orders"): the names it gives are background, not the case's businesses. */
  backgroundCases?: RegExp;
  /** Optional: the language capitalises every noun (German), so a capitalised run is no cue of a person's name:
   *  when the statistical NER read the text, only runs it tagged PERSON are people ("Ausbeutung der Arbeitskraft"
   *  is not). Without an NER answer the rules stand as they are. */
  capitalisedNouns?: boolean;
  /** Optional: a lead (headline or opening sentence) that totals ten or more operations ("829 victims rescued in 190
   *  raids", "55 operaciones en año y medio"): the page sums up a period or a campaign, an aggregate — `related`. */
  aggregateLead?: RegExp;
  /** Optional: words for workers, telling that a text about exploitation is about work. */
  workers?: RegExp;
  /** Optional: the victims' countries (ISO alpha-2) a sentence names, in this language's forms ("pekerja asal Myanmar",
   *  "rumänische Erntehelfer"); packs without it use the English/Russian demonym tables. */
  nationalities?: (sentence: string) => string[];
  /** Optional: counts of people in one sentence (index -1 = headline) for scripts the generic counter cannot read
   *  (no spaces between number and noun: "三十五名工人"); packs without it use extractors/lang/generic/counts.ts. */
  counts?: (sentence: string, index: number) => CountMention[];
  /** Optional: place mentions of one sentence for scripts without capital letters (Chinese, Arabic); packs without
   *  it use the capitalised-run search of extractors/places.ts. */
  placeMentions?: (text: string, sentence: number, first: boolean) => PlaceMention[];
}
