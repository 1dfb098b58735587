// The digest of one day: loads the incidents flagged new or updated that day, renders them and optionally
// writes the files and delivers them. Shared by `labourwatch digest` and the scheduled notify job.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getSettings } from '../config/settings.js';
import { listIncidents } from '../incidents/index.js';
import { presentIncident, type PublicIncident } from '../present/index.js';
import { deliver, type DeliveryConfig, deliveryConfig } from './deliver.js';
import { incidentPageUrl, renderDigest, type Digest } from './digest.js';

/** A day's digest: the incidents in it (the public shape, present/), their rendering, files written, deliveries. */
export interface DailyDigest {
  date: string;
  digest: Digest;
  incidents: PublicIncident[];
  incidentIds: string[];
  files: string[];
  delivered: string[];
}

/** Where the web UI is reached, for the incident links: LABOURWATCH_PUBLIC_ORIGIN, else `serve`'s default. */
export const uiBaseUrl = () => getSettings().publicOrigin ?? 'http://localhost:3000';

export async function dailyDigest(
  date: string,
  opts: { outDir?: string; send?: boolean; delivery?: DeliveryConfig; baseUrl?: string } = {},
): Promise<DailyDigest> {
  // rejected incidents leave the digest: analysts said they are not cases
  const incidents = (await listIncidents({ statusDate: date }))
    .map(presentIncident)
    .filter((i) => i.review !== 'rejected');
  const digest = renderDigest(incidents, date, { baseUrl: opts.baseUrl ?? uiBaseUrl() });
  const files: string[] = [];
  if (opts.outDir) {
    await mkdir(opts.outDir, { recursive: true });
    for (const [ext, body] of [
      ['html', digest.html],
      ['md', digest.markdown],
    ] as const) {
      const file = join(opts.outDir, `digest-${date}.${ext}`);
      await writeFile(file, body);
      files.push(file);
    }
  }
  const delivered = opts.send
    ? await deliver(
        {
          subject: digest.subject,
          text: digest.text,
          html: digest.html,
          fields: {
            date,
            incidents: incidents.map((i) => ({
              id: i.id,
              status: i.status,
              review: i.review,
              summary: i.summary,
              page: incidentPageUrl(opts.baseUrl ?? uiBaseUrl(), i.id),
              urls: i.articles.map((a) => a.url),
            })),
          },
        },
        opts.delivery ?? deliveryConfig(),
      )
    : [];
  return { date, digest, incidents, incidentIds: incidents.map((i) => i.id), files, delivered };
}
