// Actors read from the incidents index: built on demand from every incident's named parties and kept for a few
// seconds (review writes clear it), so that lists, pages and the facet agree without a separate index.
import { getSettings } from '../config/settings.js';
import { incidentDocs } from '../search/index.js';
import type { IncidentDoc } from '../lib/types.js';
import { buildActors, type Actor } from './build.js';

const FIELDS = [
  'id',
  'date',
  'firstSeenAt',
  'lastSeenAt',
  'summary',
  'countries',
  'businesses',
  'perpetrators',
  'review',
];
const TTL_MS = 10_000;
let cache: {
  prefix: string;
  at: number;
  actors: Actor[];
  byId: Map<string, Actor>;
  byName: Map<string, Actor>;
} | null = null;

export function forgetActors(): void {
  cache = null;
}

export async function allActors(): Promise<{ actors: Actor[]; byId: Map<string, Actor>; byName: Map<string, Actor> }> {
  const prefix = getSettings().prefix;
  if (cache && cache.prefix === prefix && Date.now() - cache.at < TTL_MS) return cache;
  const docs = (await incidentDocs({}, 10_000, FIELDS)) as IncidentDoc[];
  const actors = buildActors(docs);
  const byName = new Map<string, Actor>();
  for (const a of actors) for (const v of a.variants) if (!byName.has(v)) byName.set(v, a);
  cache = { prefix, at: Date.now(), actors, byId: new Map(actors.map((a) => [a.id, a])), byName };
  return cache;
}

/** Search params with their actor ids turned into the names those actors go by (for the Elasticsearch filter). */
export async function withActorNames<P extends { actor?: string[]; actorNames?: string[] }>(p: P): Promise<P> {
  if (!p.actor?.length) return p;
  const { byId } = await allActors();
  return { ...p, actorNames: p.actor.flatMap((id) => byId.get(id)?.variants ?? []) };
}

/** The actor facet: name buckets (businesses, perpetrators) folded into actors, with their labels. */
export async function actorFacet(
  names: { key: string; count: number }[],
  selected: string[] = [],
): Promise<{ key: string; label: string; count: number; kind: string }[]> {
  if (!names.length && !selected.length) return [];
  const { byName, byId } = await allActors();
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const n of names) {
    const a = byName.get(n.key);
    if (!a) continue;
    const k = `${a.id}\u0000${n.key}`;
    if (seen.has(k)) {
      counts.set(a.id, Math.max(counts.get(a.id) ?? 0, n.count));
      continue;
    } // same name as business and perpetrator
    seen.add(k);
    counts.set(a.id, (counts.get(a.id) ?? 0) + n.count);
  }
  const out = [...counts].map(([id, count]) => ({
    key: id,
    label: byId.get(id)!.name,
    count: Math.min(count, byId.get(id)!.incidentCount),
    kind: byId.get(id)!.kind,
  }));
  for (const id of selected)
    if (!counts.has(id) && byId.has(id))
      out.push({ key: id, label: byId.get(id)!.name, count: 0, kind: byId.get(id)!.kind });
  return out.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)).slice(0, 30);
}
