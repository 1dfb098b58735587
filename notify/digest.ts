// The daily digest: the day's new and updated incidents with place, victims, businesses, indicators and a link
// to every source, as HTML (inline CSS only, so mail clients render it) and as Markdown. Pure.
import type { ReviewState } from '../lib/types.js';
import type { PublicIncident } from '../present/index.js';
import { escapeHtml as h, escapeMd as md, mdUrl, safeUrl } from './escape.js';

export interface Digest {
  subject: string;
  html: string;
  markdown: string;
  text: string;
}
/** An incident as the digest takes it: the public shape (present/); rejected ones are left out. */
export type DigestIncident = PublicIncident;
export interface DigestOptions {
  /** Where `labourwatch serve` is reached: each incident links to its page there. */ baseUrl?: string;
}

const REVIEW_NOTE: Partial<Record<ReviewState, string>> = {
  verified: 'verified by an analyst',
  needs_review: 'flagged for review',
};
/** The incident's page in the web UI. */
export const incidentPageUrl = (base: string, id: string) =>
  `${base.replace(/\/+$/, '')}/#/incident/${encodeURIComponent(id)}`;

const INDICATOR_LABEL = (id: string) => id.replace(/_/g, ' ');

function placeLine(i: DigestIncident): string {
  return i.places.map((p) => (p.country ? `${p.name} (${p.country})` : p.name)).join('; ') || 'place unknown';
}

function victimsLine(i: DigestIncident): string {
  const r = i.victimsRange;
  const count =
    r && r.min !== r.max
      ? `${r.min}–${r.max}`
      : i.victims.count !== null
        ? String(i.victims.count)
        : 'unknown number of';
  const parts = [`${count} victims`];
  if (i.victims.minors) parts.push(`${i.victims.minors} minors`);
  if (i.victims.nationalities.length) parts.push(`nationalities: ${i.victims.nationalities.join(', ')}`);
  return parts.join('; ');
}

function facts(i: DigestIncident): [string, string][] {
  const rows: [string, string][] = [
    ['Place', placeLine(i)],
    ['Date', i.date ?? 'unknown'],
    ['Victims', victimsLine(i)],
  ];
  if (i.review && REVIEW_NOTE[i.review]) rows.push(['Review', REVIEW_NOTE[i.review]!]);
  if (i.businesses.length)
    rows.push(['Businesses', i.businesses.map((b) => (b.sector ? `${b.name} (${b.sector})` : b.name)).join('; ')]);
  if (i.perpetrators.length)
    rows.push(['Perpetrators', i.perpetrators.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ')]);
  if (i.indicators.length)
    rows.push(['Indicators', [...new Set(i.indicators.map((x) => INDICATOR_LABEL(x.id)))].join(', ')]);
  return rows;
}

const title = (i: DigestIncident) => i.summary || i.articles[0]?.title || `Incident ${i.id}`;

function htmlIncident(i: DigestIncident, o: DigestOptions): string {
  const badge = i.status === 'new' ? '#1a7f37' : '#9a6700';
  const rows = facts(i)
    .map(
      ([k, v]) =>
        `<tr><td style="padding:2px 12px 2px 0;color:#57606a;vertical-align:top;white-space:nowrap">${h(k)}</td><td style="padding:2px 0">${h(v)}</td></tr>`,
    )
    .join('');
  const links = i.articles
    .map((a) => {
      const u = safeUrl(a.url);
      const label = h(a.title || a.url || a.id);
      const meta = h([a.source, a.publishedAt?.slice(0, 10)].filter(Boolean).join(', '));
      return `<li style="margin:2px 0">${u ? `<a href="${h(u)}" style="color:#0969da">${label}</a>` : label}${meta ? ` <span style="color:#57606a">(${meta})</span>` : ''}</li>`;
    })
    .join('');
  return `<div style="border:1px solid #d0d7de;border-radius:6px;padding:12px 16px;margin:0 0 16px 0">
<div style="font-size:12px;font-weight:bold;color:#fff;background:${badge};display:inline-block;padding:1px 6px;border-radius:4px">${h(i.status.toUpperCase())}</div>
<h2 style="font-size:16px;margin:8px 0">${h(title(i))}</h2>
<table style="border-collapse:collapse;font-size:14px">${rows}</table>
<p style="margin:8px 0 2px 0;font-size:14px">Sources (${i.articles.length}):</p><ul style="margin:0;padding-left:20px;font-size:14px">${links}</ul>
${o.baseUrl ? `<p style="margin:8px 0 0 0;font-size:14px"><a href="${h(incidentPageUrl(o.baseUrl, i.id))}" style="color:#0969da">Open the incident in labourwatch</a></p>` : ''}
</div>`;
}

function mdIncident(i: DigestIncident, o: DigestOptions): string {
  const lines = [`### ${i.status.toUpperCase()}: ${md(title(i))}`, ''];
  for (const [k, v] of facts(i)) lines.push(`- **${k}:** ${md(v)}`);
  if (o.baseUrl) lines.push(`- **Incident page:** ${mdUrl(incidentPageUrl(o.baseUrl, i.id))}`);
  lines.push('- **Sources:**');
  for (const a of i.articles) {
    const u = safeUrl(a.url);
    const label = md(a.title || a.url || a.id);
    const meta = [a.source, a.publishedAt?.slice(0, 10)].filter(Boolean).join(', ');
    lines.push(`  - ${u ? `[${label}](${mdUrl(u)})` : label}${meta ? ` (${md(meta)})` : ''}`);
  }
  return lines.join('\n');
}

export function renderDigest(all: DigestIncident[], date: string, o: DigestOptions = {}): Digest {
  const incidents = all.filter((i) => i.review !== 'rejected'); // analysts said it is not a case
  const fresh = incidents.filter((i) => i.status === 'new');
  const updated = incidents.filter((i) => i.status === 'updated');
  const subject = `labourwatch digest ${date}: ${fresh.length} new, ${updated.length} updated incident${updated.length === 1 ? '' : 's'}`;
  const section = (name: string, list: DigestIncident[]) =>
    list.length
      ? `<h1 style="font-size:18px;margin:20px 0 10px 0">${h(name)} (${list.length})</h1>${list.map((i) => htmlIncident(i, o)).join('\n')}`
      : '';
  const body = incidents.length
    ? section('New incidents', fresh) + section('Updated incidents', updated)
    : '<p>No new or updated incidents on this day.</p>';
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${h(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#1f2328;max-width:760px;margin:0 auto;padding:16px">
<p style="color:#57606a;font-size:13px;margin:0">${h(subject)}</p>
${body}
</body></html>
`;
  const mdSection = (name: string, list: DigestIncident[]) =>
    list.length ? [`## ${name} (${list.length})`, '', ...list.map((i) => mdIncident(i, o) + '\n')] : [];
  const markdown =
    [
      `# labourwatch digest — ${date}`,
      '',
      `${fresh.length} new, ${updated.length} updated.`,
      '',
      ...mdSection('New incidents', fresh),
      ...mdSection('Updated incidents', updated),
    ]
      .join('\n')
      .trimEnd() + '\n';
  return { subject, html, markdown, text: markdown };
}
