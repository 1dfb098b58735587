// Actors — businesses, recruiters and accused people — as records built from incidents (pure). One actor per
// real name across spellings, scripts and legal forms: "Agro-Zhuldyz LLP", «Агро-Жулдыз» and "TOO Agro Juldyz"
// are one. Names are keyed by their Latin tokens without legal forms, each token reduced to a romanisation-
// insensitive skeleton (incidents/names.ts); names of two or more tokens that contain one another join too.
import { sha1Hex } from '../lib/ids.js';
import type { IncidentDoc } from '../lib/types.js';
import { nameKey, sameName } from '../incidents/index.js';

export type ActorKind = 'business' | 'person';
export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  recruiter: boolean;
  variants: string[];
  roles: string[];
  countries: string[];
  sectors: string[];
  incidentCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  incidentIds: string[];
}

/** Roles and sectors that make a named party a recruiter; words that make a perpetrator an organisation. */
const RECRUITER = /recruit|agen(t|cy)|вербов|кадров|трудоустро/i;
const ORGANISATION_ROLE =
  /agency|company|firm|factory|farm|employer|contractor|business|plant|enterprise|организац|компан|фирм|предприят/i;

export const actorId = (key: string) => sha1Hex(`actor:${key}`).slice(0, 16);

interface Mention {
  name: string;
  key: string;
  incident: IncidentDoc;
  kind: ActorKind;
  role: string | null;
  sector: string | null;
}

function mentions(docs: IncidentDoc[]): Mention[] {
  const out: Mention[] = [];
  for (const d of docs) {
    const bizKeys = new Set((d.businesses ?? []).map((b) => nameKey(b.name)));
    for (const b of d.businesses ?? [])
      out.push({
        name: b.name,
        key: nameKey(b.name),
        incident: d,
        kind: 'business',
        role: null,
        sector: b.sector ?? null,
      });
    for (const p of d.perpetrators ?? []) {
      const key = nameKey(p.name);
      const org = bizKeys.has(key) || ORGANISATION_ROLE.test(p.role ?? '');
      out.push({
        name: p.name,
        key,
        incident: d,
        kind: org ? 'business' : 'person',
        role: p.role ?? null,
        sector: null,
      });
    }
  }
  return out.filter((m) => m.key.length >= 2);
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];
const mostCommon = (xs: string[]) => {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
};

/** All actors across these incidents, most incidents first. */
export function buildActors(docs: IncidentDoc[]): Actor[] {
  const ms = mentions(docs);
  // groups by exact key, then joined where one multi-token name contains the other
  const groups = new Map<string, Mention[]>();
  for (const m of ms) groups.set(m.key, [...(groups.get(m.key) ?? []), m]);
  const keys = [...groups.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length || a.localeCompare(b));
  const parent = new Map(keys.map((k) => [k, k]));
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++) {
      const a = keys[i]!,
        b = keys[j]!;
      if (Math.min(a.split(' ').length, b.split(' ').length) < 2) continue;
      if (find(a) !== find(b) && sameName(a, b)) parent.set(find(b), find(a));
    }
  const joined = new Map<string, Mention[]>();
  for (const k of keys) joined.set(find(k), [...(joined.get(find(k)) ?? []), ...groups.get(k)!]);

  const actors: Actor[] = [];
  for (const [key, list] of joined) {
    const incidents = uniq(list.map((m) => m.incident));
    const dates = incidents
      .map((d) => d.date)
      .filter((x): x is string => !!x)
      .sort();
    const seen = incidents
      .flatMap((d) => [d.firstSeenAt, d.lastSeenAt])
      .filter(Boolean)
      .sort();
    const kind: ActorKind = list.some((m) => m.kind === 'business') ? 'business' : 'person';
    actors.push({
      id: actorId(key),
      name: mostCommon(list.map((m) => m.name)),
      kind,
      recruiter: list.some((m) => RECRUITER.test(m.role ?? '') || m.sector === 'recruitment'),
      variants: uniq(list.map((m) => m.name)).sort(),
      roles: uniq(list.map((m) => m.role).filter((r): r is string => !!r)),
      countries: uniq(incidents.flatMap((d) => d.countries ?? [])).sort(),
      sectors: uniq(list.map((m) => m.sector).filter((s): s is string => !!s)),
      incidentCount: incidents.length,
      firstSeen: dates[0] ?? seen[0] ?? null,
      lastSeen: dates.at(-1) ?? seen.at(-1) ?? null,
      incidentIds: incidents.map((d) => d.id),
    });
  }
  return actors.sort((a, b) => b.incidentCount - a.incidentCount || a.name.localeCompare(b.name));
}

/** Filters the way GET /api/actors does: q against every variant (any script), kind, country. */
export function filterActors(actors: Actor[], f: { q?: string; kind?: string; country?: string[] }): Actor[] {
  const q = f.q?.trim() ? nameKey(f.q) : '';
  return actors.filter(
    (a) =>
      (!f.kind || a.kind === f.kind || (f.kind === 'recruiter' && a.recruiter)) &&
      (!f.country?.length || a.countries.some((c) => f.country!.includes(c))) &&
      (!q || a.variants.some((v) => nameKey(v).includes(q) || sameName(v, f.q!))),
  );
}

/** How an actor appears in one incident (its names there), for the actor page. */
export function appearances(a: Actor, d: IncidentDoc): string[] {
  const names = new Set(a.variants);
  return uniq(
    [...(d.businesses ?? []).map((b) => b.name), ...(d.perpetrators ?? []).map((p) => p.name)].filter((n) =>
      names.has(n),
    ),
  );
}
