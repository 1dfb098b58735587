// `labourwatch search`: full-text and faceted search over incidents and articles (search/run.ts).
// Elasticsearch and the search modules are imported once the flags are read (`--help` loads nothing).
import { UserError } from '../lib/errors.js';
import type {
  countryName as CountryName,
  indicatorLabel as IndicatorLabel,
  ArticleResults,
  IncidentResults,
} from '../search/index.js';
import { parseFlags, type Command } from './command.js';

const command: Command = {
  summary: 'full-text and faceted search over articles and incidents',
  usage: `
labourwatch search <query> [--country CC] [--from DATE] [--to DATE] [--indicator ID] [--json]

Searches incidents and articles. The query uses simple syntax: words (all must match), "a phrase",
-excluded, a | b for either. Use "" (empty) to list everything that matches the filters.

Options:
  --country CC        place of exploitation, ISO 3166-1 alpha-2 (repeat or comma-separate for several)
  --from DATE         event date on or after (YYYY-MM-DD)
  --to DATE           event date on or before (YYYY-MM-DD)
  --indicator ID      ILO indicator id, e.g. retention_of_identity_documents, debt_bondage
  --sector S          business sector, e.g. construction
  --nationality CC    victims' nationality
  --source ID         source (outlet) id
  --corridor O>D      migration corridor, e.g. UZ>RU
  --limit N           incidents and articles to show (default 20)
  --json              print {"total", "incidents", "articles", "facets"} as JSON
`,
  async run(argv) {
    const { values, positionals } = parseFlags(argv, {
      country: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      indicator: { type: 'string', multiple: true },
      sector: { type: 'string', multiple: true },
      nationality: { type: 'string', multiple: true },
      source: { type: 'string', multiple: true },
      corridor: { type: 'string', multiple: true },
      limit: { type: 'string', default: '20' },
      json: { type: 'boolean', default: false },
    });
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100)
      throw new UserError(`--limit: expected 1–100, got "${values.limit}"`);
    if (!positionals.length && !Object.keys(values).some((k) => !['limit', 'json'].includes(k)))
      throw new UserError('search: give a query (or "" with filters); see `labourwatch search --help`');
    const [search, { closeElastic }] = await Promise.all([import('../search/index.js'), import('../lib/elastic.js')]);
    const { parseSearchParams, searchArticles, searchIncidents } = search;
    const params = parseSearchParams({ ...values, q: positionals.join(' ') });
    try {
      const [inc, art] = await Promise.all([
        searchIncidents(params, { size: limit, facets: true }),
        searchArticles(params, { size: limit }),
      ]);
      if (values.json)
        process.stdout.write(
          JSON.stringify(
            {
              params,
              total: { incidents: inc.total, articles: art.total },
              incidents: inc.incidents,
              articles: art.articles,
              facets: inc.facets,
            },
            null,
            2,
          ) + '\n',
        );
      else process.stdout.write(render(inc, art, search));
      return 0;
    } finally {
      await closeElastic();
    }
  },
};

function render(
  inc: IncidentResults,
  art: ArticleResults,
  { countryName, indicatorLabel }: { countryName: typeof CountryName; indicatorLabel: typeof IndicatorLabel },
): string {
  const out: string[] = [
    `${inc.total} incident${inc.total === 1 ? '' : 's'}, ${art.total} article${art.total === 1 ? '' : 's'}`,
    '',
  ];
  for (const i of inc.incidents) {
    const where = i.places.map((p) => p.name).join(', ') || i.countries.map(countryName).join(', ') || 'place unknown';
    const victims = i.victims.count !== null ? `${i.victims.count} victims` : 'victims: ?';
    out.push(
      `● ${i.date ?? 'date unknown'}  ${where}  —  ${victims}${i.victims.nationalities.length ? ` (${i.victims.nationalities.join(', ')})` : ''}  [${i.status}]`,
    );
    out.push(`  ${i.summary}`);
    if (i.businesses.length) out.push(`  businesses: ${i.businesses.map((b) => b.name).join('; ')}`);
    if (i.indicators.length)
      out.push(`  indicators: ${[...new Set(i.indicators.map((x) => indicatorLabel(x.id)))].join(', ')}`);
    out.push(`  ${i.sourceCount} source${i.sourceCount === 1 ? '' : 's'} · id ${i.id}`, '');
  }
  if (art.articles.length) out.push('Articles:');
  for (const a of art.articles)
    out.push(
      `  - ${a.publishedAt?.slice(0, 10) ?? '          '}  ${a.source}  ${a.title ?? '(untitled)'}`,
      `    ${a.url ?? ''}`,
    );
  const facets = inc.facets;
  if (facets && inc.total) {
    out.push('');
    const line = (name: string, bs: { label: string; count: number }[]) =>
      bs.length &&
      out.push(
        `${name}: ${bs
          .slice(0, 8)
          .map((b) => `${b.label} (${b.count})`)
          .join(', ')}`,
      );
    line('countries', facets.country);
    line('indicators', facets.indicator);
    line('corridors', facets.corridor);
  }
  return out.join('\n') + '\n';
}
export default command;
