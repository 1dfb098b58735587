// The one call to the statistical NER server (Stanford CoreNLP over HTTP): a text in, names as character spans
// out. Consecutive tokens with one label become one span ("Harrow" "Valley" "Packers" "Ltd" → one ORGANIZATION).
// Failures are classes: NerUnavailableError (no answer: the server is down, hung or unreachable — wait for it),
// NerFailedError (it answered with an error for this text — retry a bounded number of times) and NerDisabledError
// (LABOURWATCH_NER_URL=off: use the rules, never retry).
import type { Settings } from '../../config/settings.js';
import { LabourwatchError } from '../../lib/errors.js';
import { nerModelFor, type NerModel } from '../../config/ner-models.js';
import { NER_TYPES, type NerResult, type NerSpan, type NerType } from './types.js';

/** The server does not answer, times out or fails: the same text may succeed later. */
export class NerUnavailableError extends LabourwatchError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause, retryable: true });
  }
}

/** The server answered, but with an error for this text (its own timeout, an internal error, busy): retrying may
 *  help, but a text that always fails must not wait forever, so the queue's bounded attempts apply. */
export class NerFailedError extends LabourwatchError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause, retryable: true });
  }
}

/** The NER is switched off by configuration (LABOURWATCH_NER_URL=off): the rules are the answer, not a retry. */
export class NerDisabledError extends LabourwatchError {}

/** Texts longer than this are cut before sending (the server's own limit is 100 000 characters by default);
 *  spans stay valid offsets into the full text because the cut is a prefix. */
export const NER_MAX_CHARS = 60_000;

export type NerSettings = Pick<Settings, 'nerUrl' | 'nerTimeoutMs'>;

interface CoreNlpToken {
  characterOffsetBegin: number;
  characterOffsetEnd: number;
  ner?: string;
}
interface CoreNlpDoc {
  sentences?: { tokens?: CoreNlpToken[] }[];
}

const isNerType = (t: string | undefined): t is NerType => !!t && (NER_TYPES as readonly string[]).includes(t);

/** Other models' labels for the four classes: the French WikiNER CRF tags I-PER, I-ORG, I-LOC, I-MISC (IOB
 *  prefixes B-/I-/E-/S- are dropped: consecutive tokens of one class merge as for the English model). */
const LABELS: Readonly<Record<string, NerType>> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'LOCATION', MISC: 'MISC' };

/** A token's label as one of NER_TYPES, or undefined (O, numbers, dates, fine-grained labels). Pure. */
export function nerTypeOf(label: string | undefined): NerType | undefined {
  if (!label) return undefined;
  if (isNerType(label)) return label;
  const bare = label.replace(/^[BIES]-/, '');
  return isNerType(bare) ? bare : LABELS[bare];
}

/** Tokens → spans: consecutive tokens of one type within a sentence and a line merge (the 4-class models are
 *  IO-encoded, so two adjacent names of one type are one span unless punctuation separates them). Pure. */
export function spansFromCoreNlp(doc: CoreNlpDoc, text: string): NerSpan[] {
  const spans: NerSpan[] = [];
  for (const sentence of doc.sentences ?? []) {
    let open: NerSpan | null = null;
    for (const tok of sentence.tokens ?? []) {
      const type = nerTypeOf(tok.ner);
      if (!type) {
        open = null;
        continue;
      }
      // a line break between two tokens ends a name: a byline or heading without a full stop is not one name
      // with the next paragraph's first word
      // (a multi-word token's parts share the written word's offsets: the second part adds nothing)
      if (open && open.type === type && !/[\n\r]/.test(text.slice(open.end, tok.characterOffsetBegin))) {
        open.end = Math.max(open.end, tok.characterOffsetEnd);
        continue;
      }
      open = { text: '', type, start: tok.characterOffsetBegin, end: tok.characterOffsetEnd };
      spans.push(open);
    }
  }
  for (const s of spans) s.text = text.slice(s.start, s.end);
  return spans;
}

/** Names in `text` from the model for `lang`; null when no model reads that language. Throws NerDisabledError
 *  when the NER is switched off and NerUnavailableError when the server does not answer within the timeout. */
export async function recogniseNames(
  text: string,
  lang: string,
  settings: NerSettings,
  opts: { timeoutMs?: number } = {},
): Promise<NerResult | null> {
  const model = nerModelFor(lang);
  if (!model) return null;
  if (settings.nerUrl === 'off') throw new NerDisabledError('the NER is switched off (LABOURWATCH_NER_URL=off)');
  if (!text.trim()) return { spans: [], model: model.name };
  const sent = text.length > NER_MAX_CHARS ? text.slice(0, NER_MAX_CHARS) : text;
  const doc = await post(settings.nerUrl, sent, model, opts.timeoutMs ?? settings.nerTimeoutMs);
  return { spans: spansFromCoreNlp(doc, sent), model: model.name };
}

async function post(base: string, text: string, model: NerModel, timeoutMs: number): Promise<CoreNlpDoc> {
  const url = new URL('/', base);
  url.searchParams.set('properties', JSON.stringify(model.properties));
  // A referenced timer, not AbortSignal.timeout (whose timer is unreferenced): when the connection is dropped and
  // nothing else is pending, the process must wait for the timeout, not exit silently in the middle of a request.
  const ctl = new AbortController();
  const timer = setTimeout(
    () => ctl.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError')),
    timeoutMs,
  );
  let res: Response;
  let body: string;
  try {
    try {
      res = await fetch(url, {
        method: 'POST',
        body: text,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        signal: ctl.signal,
      });
    } catch (err) {
      const why = (err as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : causeOf(err);
      throw new NerUnavailableError(`NER server ${base} unavailable: ${why}`, { cause: err });
    }
    try {
      body = await res.text();
    } catch (err) {
      throw new NerUnavailableError(`NER server ${base}: answer cut off (${causeOf(err)})`, { cause: err });
    }
  } finally {
    clearTimeout(timer);
  }
  // CoreNLP answers 500 with a message on internal errors and its own timeout, 503 when busy.
  if (!res.ok) throw new NerFailedError(`NER server ${base} answered ${res.status}: ${body.slice(0, 120).trim()}`);
  try {
    return JSON.parse(body) as CoreNlpDoc;
  } catch (err) {
    throw new NerFailedError(
      `NER server ${base} answered something that is not CoreNLP JSON: ${body.slice(0, 80).trim()}`,
      { cause: err },
    );
  }
}

function causeOf(err: unknown): string {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  return e.cause?.code ?? e.cause?.message ?? e.message;
}
