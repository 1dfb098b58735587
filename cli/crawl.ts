// `labourwatch crawl`. Crawlee, the queues and Elasticsearch are imported only once the flags, the sources file and
// the settings have been read, so `--help` and user errors answer at once.
import type { CrawlReport } from '../crawlers/index.js';
import type { RunningWorkers } from '../workers/index.js';
import { parseFlags, type Command } from './command.js';

export interface CrawlOnceResult {
  report: CrawlReport;
}

/** The main job: crawl, and with `once` run the workers here until every stage has drained. */
export async function crawlOnce(
  sourcesPath: string,
  opts: { once: boolean; sourceIds?: string[]; quiet?: boolean },
): Promise<CrawlReport> {
  const { loadSources } = await import('../config/sources.js');
  const { getSettings } = await import('../config/settings.js');
  const file = loadSources(sourcesPath);
  const settings = getSettings();
  const [{ crawlSources, waitForDrain, closeAll, closeOnSignals, startWorkers, QUEUE }, { ensureIndices }] =
    await Promise.all([import('../workers/index.js'), import('../lib/elastic.js')]);
  await ensureIndices();
  let running: RunningWorkers | undefined;
  if (opts.once) running = await startWorkers([QUEUE.analyse, QUEUE.index, QUEUE.incidents, QUEUE.notify]);
  closeOnSignals(() => closeAll(running));
  try {
    const report = await crawlSources(file, settings, opts.sourceIds);
    if (opts.once)
      await waitForDrain({ onProgress: (n) => opts.quiet || process.stderr.write(`  ${n} jobs in the pipeline\n`) });
    return report;
  } finally {
    await running?.close();
  }
}

export function printReport(r: CrawlReport, out: NodeJS.WritableStream = process.stdout): void {
  out.write(
    `sources: ${r.sources}, article URLs found: ${r.discovered}, new pages queued: ${r.queued}, already seen: ${r.alreadySeen}\n`,
  );
  for (const x of r.refused) out.write(`refused: ${x.url} — ${x.reason}\n`);
  for (const x of r.failed) out.write(`failed: ${x.url} — ${x.reason}\n`);
}

const command: Command = {
  summary: 'crawl the sources',
  usage: `
labourwatch crawl [--sources FILE] [--once] [--source ID ...] [--json]

Crawls the sources (default config/sources.yaml): feeds, news sitemaps and listing pages → article pages
(Crawlee CheerioCrawler; robots.txt, a per-host delay, the private-address guard) → the analyse queue.
  --once      run the workers in this process and exit when every page reached has been analysed,
              indexed, deduplicated and merged into incidents
  --source    crawl only this source id (repeatable)
  --json      print the crawl report as JSON`,
  async run(argv) {
    const { values } = parseFlags(
      argv,
      {
        sources: { type: 'string' },
        once: { type: 'boolean' },
        source: { type: 'string', multiple: true },
        json: { type: 'boolean' },
      },
      false,
    );
    const { DEFAULT_SOURCES_PATH } = await import('../config/sources.js');
    const report = await crawlOnce(values.sources ?? DEFAULT_SOURCES_PATH, {
      once: !!values.once,
      sourceIds: values.source,
    });
    if (values.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    else printReport(report);
    await (await import('../workers/index.js')).closeAll();
    return 0;
  },
};
export default command;
