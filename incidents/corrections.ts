// Facts corrected by hand win over the machine's. Corrections are stored on the incident (`corrections`) and
// re-applied after every re-derive, by the incident clustering (after its derive()), by the review decisions and
// by the presenter. Pure.
import { derive } from './merge.js';
import { UserError } from '../lib/errors.js';
import type { Corrections, IncidentDoc } from '../lib/types.js';

/** The fields that can be corrected, and what each holds. */
export const CORRECTABLE = [
  'summary',
  'date',
  'victims.count',
  'victims.minors',
  'nationalities',
  'businesses',
  'perpetrators',
] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CC = /^[A-Z]{2}$/;
const str = (v: unknown, name: string, max: number): string => {
  if (typeof v !== 'string' || !v.trim() || v.length > max)
    throw new UserError(`${name}: expected text of at most ${max} characters`);
  return v.trim();
};
const count = (v: unknown, name: string): number | null => {
  if (v === null) return null;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 1_000_000)
    throw new UserError(`${name}: expected a whole number ≥ 0, or null`);
  return v;
};
const list = <T>(v: unknown, name: string, item: (x: unknown) => T): T[] => {
  if (!Array.isArray(v) || v.length > 50) throw new UserError(`${name}: expected a list of at most 50 entries`);
  return v.map(item);
};

/** Validates a corrections object from the API; throws UserError naming the bad field. */
export function parseCorrections(raw: unknown): Corrections {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw new UserError('corrections: expected an object of field → value');
  const out: Corrections = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    switch (k) {
      case 'summary':
        out.summary = str(v, k, 2000);
        break;
      case 'date':
        if (v !== null && (typeof v !== 'string' || !DATE.test(v) || Number.isNaN(Date.parse(v))))
          throw new UserError('date: expected YYYY-MM-DD or null');
        out.date = v as string | null;
        break;
      case 'victims.count':
        out['victims.count'] = count(v, k);
        break;
      case 'victims.minors':
        out['victims.minors'] = count(v, k);
        break;
      case 'nationalities':
        out.nationalities = list(v, k, (x) => {
          const c = String(x).toUpperCase();
          if (!CC.test(c))
            throw new UserError(`nationalities: expected ISO 3166-1 alpha-2 codes, got "${String(x).slice(0, 20)}"`);
          return c;
        });
        break;
      case 'businesses':
        out.businesses = list(v, k, (x) => {
          const o = (typeof x === 'string' ? { name: x } : x) as { name?: unknown; sector?: unknown };
          return {
            name: str(o?.name, 'businesses[].name', 200),
            sector: o?.sector ? str(o.sector, 'businesses[].sector', 60) : null,
          };
        });
        break;
      case 'perpetrators':
        out.perpetrators = list(v, k, (x) => {
          const o = (typeof x === 'string' ? { name: x } : x) as { name?: unknown; role?: unknown };
          return {
            name: str(o?.name, 'perpetrators[].name', 200),
            role: o?.role ? str(o.role, 'perpetrators[].role', 100) : null,
          };
        });
        break;
      default:
        throw new UserError(`corrections: "${k.slice(0, 40)}" cannot be corrected; one of ${CORRECTABLE.join(', ')}`);
    }
  }
  return out;
}

const sourceCountOf = (d: IncidentDoc) =>
  new Set([...(d.sources ?? []), ...(d.articles ?? []).map((a) => a.source).filter(Boolean)]).size;

/**
 * The incident with its hand corrections applied over the machine's facts (and its derived sort fields set).
 * Call it after every derive(): lists are replaced before deriving (so facets follow them), single values
 * after (so derive's own choice of date and count does not overwrite them).
 */
export function withCorrections(doc: IncidentDoc): IncidentDoc {
  const c = doc.corrections;
  let d = doc;
  if (c && Object.keys(c).length) {
    d = {
      ...d,
      ...(c.summary !== undefined ? { summary: c.summary } : {}),
      ...(c.businesses ? { businesses: c.businesses } : {}),
      ...(c.perpetrators ? { perpetrators: c.perpetrators } : {}),
      victims: { ...d.victims, ...(c.nationalities ? { nationalities: c.nationalities } : {}) },
    };
    d = derive(d);
    if (c.date !== undefined) d = { ...d, date: c.date };
    if (c['victims.count'] !== undefined) {
      const n = c['victims.count'];
      d = {
        ...d,
        victims: { ...d.victims, count: n },
        victimsCount: n,
        victimsRange: n === null ? null : { min: n, max: n },
      };
    }
    if (c['victims.minors'] !== undefined)
      d = { ...d, victims: { ...d.victims, minors: c['victims.minors'] }, minors: c['victims.minors'] };
  }
  const sourceCount = sourceCountOf(d);
  return d.sourceCount === sourceCount && d === doc ? doc : { ...d, sourceCount };
}
