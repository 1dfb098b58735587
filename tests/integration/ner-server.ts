// The NER tests use the real CoreNLP server that `labourwatch services up` starts (CI runs it first); they start
// nothing themselves. When it does not answer, they fail at once with what to do.
import { probeNer } from '../../services/corenlp.js';

/** The URL of the real NER server (LABOURWATCH_NER_URL, or the local default). */
export function nerTarget(): string {
  const url =
    process.env.LABOURWATCH_NER_URL && process.env.LABOURWATCH_NER_URL !== 'off'
      ? process.env.LABOURWATCH_NER_URL
      : 'http://127.0.0.1:9010';
  return url;
}

/** Throws a clear error when the real server is not reachable. */
export async function requireNer(): Promise<string> {
  const url = nerTarget();
  const p = await probeNer(url, 5000);
  if (!p.up) {
    throw new Error(
      `the NER server at ${url} does not answer (${p.error ?? 'not ready'}): run \`node bin/labourwatch.js services up\` ` +
        'first (it starts Stanford CoreNLP), or point LABOURWATCH_NER_URL at a running one',
    );
  }
  return url;
}
