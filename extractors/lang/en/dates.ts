// English date reading: chrono's English parser, verbs of saying, vague spans, and the verbs of the events an
// incident is dated by, strongest first (the rescue or raid is the case's date; an arrest or charge the next
// best; a court step last). Written for this project.
import * as chrono from 'chrono-node';
import type { DatePack } from '../types.js';

const alt = (list: string[]) => list.join('|');
const cue = (list: string[], weight: number) => ({ pattern: new RegExp(`\\b(?:${alt(list)})\\b`, 'i'), weight });

export const DATES_EN: DatePack = {
  parser: chrono.casual,
  rewrites: [
    // chrono reads "the morning of June 27" as this morning: the day is June 27
    [
      /\b(?:the\s+)?(?:early\s+)?(?:morning|afternoon|evening|night|early hours|small hours)\s+of\s+(?=(?:\w+\s+)?\d|\w+day\b)/gi,
      '',
    ],
  ],
  speech: /\b(?:said|says|told|announced|reported|confirmed|stated|added|revealed|disclosed)\b[^.;]{0,25}$/i,
  reported: /\b(?:that|they|he|she|it|we|who|which)\b/i,
  // "Delhi police today said they rescued…", "The ministry on Tuesday announced…": wire style puts the day of the
  // statement before its verb; the event is told after it, with its own day or none.
  // After a comma the verb's subject comes first ("…on Tuesday, police said"), so the day is the event's.
  speechAfter: /^\s*(?:said|says|told|announced|confirmed|stated|reported|revealed|disclosed)\b(?!\s+by\b)/i,
  // "the same day": the day the sentence before names dates an event told without its own.
  sameDay:
    /\b(?:(?:on |later )?(?:that|the) same day|later that day|that (?:same )?(?:morning|afternoon|evening|night))\b/i,
  // "He is due to be sentenced on March 25", "the trial is set for April 20": a yearless day after publication is the
  // hearing to come, not last year's.
  future:
    /\b(?:will|shall|is due|are due|is set (?:to|for)|are set (?:to|for)|(?:is|are) scheduled|scheduled for|(?:is|are) expected to|next|upcoming|adjourned (?:to|until))\b/i,
  dayWords: /yesterday|today|tonight|days? ago/i,
  vague: /week|month|year|weekend|spring|summer|autumn|fall|winter|decade/i,
  events: [
    cue(
      [
        'rescu\\w+',
        'recover(?:ed|y)?',
        'freed',
        'liberated',
        'raid\\w*',
        'search(?:ed|es)',
        'stormed',
        'discovered',
        'found',
        'uncovered',
        'intercepted',
        'escaped',
        'fled',
        'released from',
        'taken off',
        'removed',
        'pulled out',
        'moved',
        'evacuated',
        'handed',
        'took place',
        '(?:was|were) carried out',
        'inspected',
        // a victim removed to safety ("taken into the care of the authorities")
        'taken (?:in)?to (?:the )?(?:care|safety)',
      ],
      3,
    ),
    cue(['ordered to', 'forced to', 'mobili[sz]ed', 'sent to pick'], 2),
    cue(['arrest\\w*', 'detain\\w*', 'apprehended', 'held by police', 'taken into custody', 'busted'], 2),
    cue(
      ['charged', 'indicted', 'prosecut\\w+', 'accused', 'remanded', 'opened (?:a |an )?(?:case|investigation)'],
      1.5,
    ),
    cue(['convicted', 'sentenced', 'jailed', 'found guilty', 'pleaded guilty', 'ruled', 'verdict', 'fined'], 1.2),
    // An authority's order against a firm or a vessel (a withhold release order, a ban) is the case's event.
    // Customs against a vessel or a supplier told by its effect: "banned seafood imports harvested by…", "ordered its
    // personnel to detain all seafood…".
    cue(
      [
        '(?:issued|released|imposed|announced) (?:a |an )?(?:[\\w-]+ ){0,3}(?:order|ban)',
        'bann(?:ed|s) (?:[\\w-]+ ){0,3}imports',
        'ordered (?:[\\w-]+ ){0,3}to (?:detain|seize|block|hold)',
      ],
      1.2,
    ),
    // A trial day: the case's date when the report tells nothing earlier.
    // A civil suit told by its filing: the case's date when the report tells nothing earlier.
    cue(
      ['sued', 'sues', '(?:filed|launched|brought|lodged) (?:a |an |the )?(?:[\\w-]+ ){0,3}(?:lawsuit|suit|complaint)'],
      1.2,
    ),
    cue(['(?:a |the )?(?:court|jury) (?:heard|was told)', 'went on trial', 'trial (?:began|opened)'], 1),
  ],
};
