// The message one saved search sends about the incidents that newly match it (pure).
import type { IncidentDoc } from '../lib/types.js';
import { countryName, indicatorLabel, toQueryString } from '../search/index.js';
import type { SavedSearch } from './store.js';

export interface AlertMessage {
  subject: string;
  text: string;
  html?: string;
  fields?: Record<string, unknown>;
}
export type Deliver = (msg: AlertMessage) => Promise<string[]>;

export function alertMessage(s: SavedSearch, incidents: IncidentDoc[]): AlertMessage {
  const line = (d: IncidentDoc) => {
    const where =
      [...new Set((d.places ?? []).map((p) => p.name))].join(', ') ||
      (d.countries ?? []).map(countryName).join(', ') ||
      'place unknown';
    const inds = [...new Set((d.indicatorIds ?? []).map(indicatorLabel))].join(', ');
    return `- ${d.date ?? 'date unknown'} · ${where}: ${d.summary}${inds ? ` [${inds}]` : ''}`;
  };
  return {
    subject: `labourwatch: ${incidents.length} new incident${incidents.length === 1 ? '' : 's'} for "${s.name}"`,
    text: [
      `Saved search "${s.name}" (${toQueryString(s.params) || 'everything'}) matches:`,
      '',
      ...incidents.map(line),
    ].join('\n'),
    fields: { savedSearchId: s.id, savedSearch: s.name, params: s.params, incidentIds: incidents.map((d) => d.id) },
  };
}
