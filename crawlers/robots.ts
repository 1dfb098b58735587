// robots.txt, read by robots-parser (RFC 9309): groups naming the same agent are merged, our agent is matched by
// its product token (the User-Agent up to the first "/", case-insensitive, whole — `User-agent: l` is not us),
// the most specific rule wins (Allow on ties), `*` and `$` patterns, and Crawl-delay for our group (or *).
import robotsParserCjs from 'robots-parser';

interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// a CommonJS module whose types say `export default`: in Node's ESM the default import is module.exports itself
const robotsParser = robotsParserCjs as unknown as (url: string, text: string) => Robot;

export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** Crawl-delay of the group that applies to us, if any. */
  crawlDelaySecs?: number;
}

const ALL_ALLOWED = '';
const NONE_ALLOWED = 'User-agent: *\nDisallow: /\n';

export function parseRobots(text: string, userAgent: string): RobotsRules {
  // robots-parser answers only for URLs of the origin it was given: one parse per origin asked about (one, in use)
  const byOrigin = new Map<string, Robot>();
  const forUrl = (url: string) => {
    const origin = new URL(url).origin;
    let r = byOrigin.get(origin);
    if (!r) byOrigin.set(origin, (r = robotsParser(`${origin}/robots.txt`, text)));
    return r;
  };
  const delay = robotsParser('http://robots.invalid/robots.txt', text).getCrawlDelay(userAgent);
  return {
    isAllowed: (url) => forUrl(url).isAllowed(url, userAgent) !== false,
    ...(delay !== undefined && Number.isFinite(delay) ? { crawlDelaySecs: delay } : {}),
  };
}

/** No robots.txt (4xx): everything is allowed. */
export const allowAll = (userAgent: string) => parseRobots(ALL_ALLOWED, userAgent);
/** robots.txt unreachable (5xx, timeouts): nothing is, this run (RFC 9309 §2.3.1.4). */
export const disallowAll = (userAgent: string) => parseRobots(NONE_ALLOWED, userAgent);

export function isAllowedByRobots(rules: RobotsRules, url: string): boolean {
  return rules.isAllowed(url);
}
