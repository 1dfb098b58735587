// The digest of one day: loads the incidents flagged new or updated that day, renders them and optionally
// writes the files and delivers them. Shared by `labourwatch digest` and the scheduled notify job.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listIncidents, toPublic } from '../incidents/query.js';
import { deliver, type DeliveryConfig, deliveryConfig } from './deliver.js';
import { renderDigest, type Digest } from './digest.js';

export interface DailyDigest { date: string; digest: Digest; incidentIds: string[]; files: string[]; delivered: string[] }

export async function dailyDigest(date: string, opts: { outDir?: string; send?: boolean; delivery?: DeliveryConfig } = {}): Promise<DailyDigest> {
  const incidents = (await listIncidents({ statusDate: date })).map(toPublic);
  const digest = renderDigest(incidents, date);
  const files: string[] = [];
  if (opts.outDir) {
    await mkdir(opts.outDir, { recursive: true });
    for (const [ext, body] of [['html', digest.html], ['md', digest.markdown]] as const) {
      const file = join(opts.outDir, `digest-${date}.${ext}`);
      await writeFile(file, body);
      files.push(file);
    }
  }
  const delivered = opts.send
    ? await deliver({
      subject: digest.subject, text: digest.text, html: digest.html,
      fields: { date, incidents: incidents.map((i) => ({ id: i.id, status: i.status, summary: i.summary, urls: i.articles.map((a) => a.url) })) },
    }, opts.delivery ?? deliveryConfig())
    : [];
  return { date, digest, incidentIds: incidents.map((i) => i.id), files, delivered };
}
