// `labourwatch incidents`: lists incidents, newest first, as a table or as interface.md's JSON.
// Elasticsearch is imported once the flags are read (`--help` loads nothing).
import type { PublicIncident } from '../present/index.js';
import { UserError } from '../lib/errors.js';
import { isoDateFlag, parseFlags, type Command } from './command.js';

const command: Command = {
  summary: 'list incidents, newest first',
  usage: `
labourwatch incidents [--since ISO] [--status new|updated] [--json] [--limit N]

Lists the incidents merged from all reports, newest first (by when they were first seen).

Options:
  --since ISO          only incidents seen (first or again) since this date or date-time, e.g. 2026-11-29
  --status S           only "new" or "updated" incidents
  --limit N            at most N incidents (default: all)
  --json               print a JSON array of incidents: summary, date, places, victims, businesses,
                       perpetrators, indicators, id, status, review, firstSeenAt, lastSeenAt, articles[]
`,
  async run(argv) {
    const { values } = parseFlags(
      argv,
      {
        since: { type: 'string' },
        status: { type: 'string' },
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
      },
      false,
    );
    const since = isoDateFlag('since', values.since);
    if (values.status !== undefined && values.status !== 'new' && values.status !== 'updated')
      throw new UserError(`--status: expected new or updated, got "${values.status}"`);
    const limit = values.limit === undefined ? undefined : Number(values.limit);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
      throw new UserError(`--limit: expected a positive whole number, got "${values.limit}"`);
    const [{ listIncidents }, { presentIncident }, { closeElastic }] = await Promise.all([
      import('../incidents/index.js'),
      import('../present/index.js'),
      import('../lib/elastic.js'),
    ]);
    try {
      const list = (await listIncidents({ since, status: values.status as 'new' | 'updated' | undefined, limit })).map(
        presentIncident,
      );
      process.stdout.write(values.json ? JSON.stringify(list, null, 2) + '\n' : table(list));
      return 0;
    } finally {
      await closeElastic();
    }
  },
};

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

function table(list: PublicIncident[]): string {
  if (!list.length) return 'no incidents\n';
  const rows = list.map((i) => [
    i.id,
    i.status,
    i.firstSeenAt.slice(0, 10),
    i.date ?? '?',
    clip(i.places.map((p) => p.name).join(', ') || '?', 24),
    i.victimsRange && i.victimsRange.min !== i.victimsRange.max
      ? `${i.victimsRange.min}-${i.victimsRange.max}`
      : String(i.victims.count ?? '?'),
    String(i.articles.length),
    clip(i.summary.replace(/\s+/g, ' '), 70),
  ]);
  const head = ['id', 'status', 'first seen', 'date', 'place', 'victims', 'reports', 'summary'];
  const width = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((x, c) => (c === r.length - 1 ? x : x.padEnd(width[c]!))).join('  ');
  return (
    [line(head), ...rows.map(line), '', `${list.length} incident${list.length === 1 ? '' : 's'}`].join('\n') + '\n'
  );
}

export default command;
