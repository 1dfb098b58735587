// Finds a JDK that can run the chosen Elasticsearch: 9.x needs Java 21+, 8.19 runs on 17.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function javaMajor(home: string): number {
  try {
    const release = readFileSync(join(home, 'release'), 'utf8');
    const m = /JAVA_VERSION="(\d+)/.exec(release);
    if (m) return Number(m[1]);
  } catch {
    /* no release file */
  }
  const m = /(?:jdk|java)-?(\d+)/.exec(home);
  return m ? Number(m[1]) : 0;
}

export function findJavaHome(minMajor: number, preferred: (string | undefined)[]): string | null {
  const candidates = [...preferred.filter((p): p is string => !!p)];
  const jvm = '/usr/lib/jvm';
  if (existsSync(jvm)) for (const d of readdirSync(jvm)) candidates.push(join(jvm, d));
  const ok = candidates
    .filter((h) => existsSync(join(h, 'bin', 'java')))
    .map((h) => ({ h, v: javaMajor(h) }))
    .filter(({ v }) => v >= minMajor)
    .sort((a, b) => b.v - a.v);
  return ok[0]?.h ?? null;
}
