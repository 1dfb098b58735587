// `labourwatch extract <file.html | -> … [--url URL] [--fetched-at ISO] [--article-only]`: analyses saved pages
// without any service. One file → one JSON document; several → JSON Lines, each with "file". The full analysis
// is loaded only when asked for, so `--article-only` starts fast. Names come from the statistical NER server when
// one answers (short timeout); otherwise from the rules, and the output says so (analysis.ner = "rules", one
// note on stderr) — never silently.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Article, ArticleAnalysis, Page } from '../lib/types.js';
import { NotAnArticleError, UserError } from '../lib/errors.js';
import type { Settings } from '../config/settings.js';
import { isoDateFlag, parseFlags, type Command } from './command.js';

const usage = `usage: labourwatch extract <file.html | file.html.gz | -> … [options]

Analyses saved pages and prints ArticleAnalysis JSON on stdout (no services needed).
One file: one JSON document. Several files: JSON Lines, one per file in order, each with "file".
Names come from the NER server (LABOURWATCH_NER_URL, started by \`labourwatch services up\`) when it answers;
otherwise from the rules, shown as "analysis": {"ner": "rules"} with a note on stderr.

options:
  --url URL          the page's address (for canonical URL, dates in the URL, relative links)
  --fetched-at ISO   when the page was fetched (default: now); no publication date after it is accepted
  --article-only     stop after the article stage: text and metadata, no analysis
  --compact          one line per document even for a single file
  -h, --help         this text`;

function readInput(file: string, maxBytes: number): Uint8Array {
  let raw: Buffer;
  try {
    raw = readFileSync(file === '-' ? 0 : file);
  } catch (err) {
    throw new UserError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (!(file.endsWith('.gz') || (raw[0] === 0x1f && raw[1] === 0x8b))) return raw;
  try {
    return gunzipSync(raw, { maxOutputLength: maxBytes + 1 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError)
      throw new NotAnArticleError(
        `${file}: page too large once decompressed (limit ${maxBytes} bytes, LABOURWATCH_MAX_PAGE_BYTES)`,
      );
    throw new NotAnArticleError(`${file}: not a valid gzip file`, { cause: err });
  }
}

/** analyseArticle with the NER's names. After the first outage the rest of the run uses the rules without asking
 *  again (one note, not one timeout per file). */
async function analyserWithNer(settings: Settings): Promise<(a: Article) => Promise<ArticleAnalysis>> {
  const { analyseArticle, namesForArticle, NerFailedError, NerUnavailableError } = await import(
    '../extractors/index.js'
  );
  let down = false;
  return async (article) => {
    let ner = null;
    if (!down) {
      try {
        ner = (await namesForArticle(article, settings, { timeoutMs: settings.nerExtractTimeoutMs })).ner;
      } catch (err) {
        if (err instanceof NerUnavailableError) {
          down = true;
          process.stderr.write(
            `labourwatch: note: ${err.message}; names come from the rules ("analysis": {"ner": "rules"}). ` +
              'Start it with `labourwatch services up`, or set LABOURWATCH_NER_URL=off to use the rules without this note.\n',
          );
        } else if (err instanceof NerFailedError) {
          // the server is up but failed on this text: this page falls back, the next ones still ask
          process.stderr.write(
            `labourwatch: note: ${err.message}; names for this page come from the rules ("analysis": {"ner": "rules"})\n`,
          );
        } else {
          throw err;
        }
      }
    }
    return analyseArticle(article, ner);
  };
}

const command: Command = {
  summary: 'analyse saved pages and print ArticleAnalysis JSON (no services needed)',
  usage,
  async run(argv) {
    const { values, positionals } = parseFlags(argv, {
      url: { type: 'string' },
      'fetched-at': { type: 'string' },
      'article-only': { type: 'boolean' },
      compact: { type: 'boolean' },
    });
    if (!positionals.length)
      throw new UserError('extract: give at least one file (or - for stdin); see `labourwatch extract --help`');
    const fetchedAt = isoDateFlag('fetched-at', values['fetched-at']) ?? new Date().toISOString();
    const [{ getSettings }, { extractArticle }] = await Promise.all([
      import('../config/settings.js'),
      import('../extractors/index.js'),
    ]);
    const settings = getSettings();
    const maxBytes = settings.maxPageBytes;
    const analyse = values['article-only'] ? undefined : await analyserWithNer(settings);
    const several = positionals.length > 1;
    let failed = 0;
    for (const file of positionals) {
      try {
        const page: Page = { url: values.url ?? null, fetchedAt, body: readInput(file, maxBytes), headers: {} };
        const article = extractArticle(page, { maxPageBytes: maxBytes });
        const result = analyse ? await analyse(article) : article;
        const doc = several ? { file, ...result } : result;
        process.stdout.write((several || values.compact ? JSON.stringify(doc) : JSON.stringify(doc, null, 2)) + '\n');
      } catch (err) {
        if (!several) throw err;
        failed++;
        process.stderr.write(`labourwatch: ${file}: ${(err as Error).message.split('\n')[0]}\n`);
      }
    }
    return failed ? 1 : 0;
  },
};
export default command;
