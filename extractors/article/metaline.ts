// Takes the date / byline line off the top of the text. Old table layouts and many small sites print
// "13/06/2024 10:47 | by Marco De Santis" or "Опубликовано: 12 сентября 2024 г. | Соб. корр. …" as the first
// line of the story cell; it says when and who, which the article already carries as publishedAt and byline.
import { DATELINE_LABELS, MONTHS } from './data/dates.js';
import { textDate } from './written-dates.js';
import { cleanByline } from './metadata.js';

/** Only the first few blocks are looked at: a standfirst may come before the date line. */
const LOOK = 3;
const MAX_LINE = 160;
/** Words left over besides dates and labels: at most a name or a source ("Catalonia Herald / Agencies"). */
const MAX_NAME_WORDS = 5;

function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’]+/u)
    .filter(Boolean);
}

/** The line's words that are neither date parts, times, labels nor the byline's words. */
function leftover(line: string, byline: string | null): string[] {
  const own = new Set(byline ? words(byline) : []);
  return line
    .split(/[\s|/·•,;:()[\]–—-]+/)
    .map((w) => w.replace(/^[.'"«»]+|[.'"«»]+$/g, ''))
    .filter((w) => {
      const l = w.toLowerCase();
      return w && !/\d/.test(w) && !MONTHS[l] && !DATELINE_LABELS.has(l) && !own.has(l);
    });
}

/** Whether the line is only a date and/or a byline that agrees with what the article says. */
export function isMetaLine(line: string, byline: string | null, publishedAt: string | null): boolean {
  if (line.length > MAX_LINE || line.includes('\n')) return false;
  const dateMatches = !!publishedAt && textDate(line) === publishedAt.slice(0, 10);
  const bylineMatches = !!byline && line.toLowerCase().includes(byline.toLowerCase());
  if (!dateMatches && !bylineMatches) return false;
  const rest = leftover(line, byline);
  // What is left must read as a name: a few capitalised words, not a sentence.
  return (
    rest.length <= MAX_NAME_WORDS &&
    rest.every((w) => /^\p{Lu}/u.test(w)) &&
    !/[.!?]["”]?$/.test(line.replace(/\b\p{L}{1,5}\.$/u, ''))
  );
}

/** The name after "by" / "автор" in a meta line, for pages whose markup names no author. */
function bylineIn(line: string): string | null {
  const m = /(?:^|[\s|·•])(?:by|von|par|por|автор:?)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u.exec(line);
  return m ? cleanByline(m[1]!) : null;
}

export function dropMetaLines(
  text: string,
  byline: string | null,
  publishedAt: string | null,
): { text: string; byline: string | null } {
  const blocks = text.split('\n\n');
  for (let i = 0; i < Math.min(LOOK, blocks.length - 1); i++) {
    if (!isMetaLine(blocks[i]!, byline, publishedAt)) continue;
    byline ??= bylineIn(blocks[i]!);
    blocks.splice(i, 1);
    return { text: blocks.join('\n\n'), byline };
  }
  return { text, byline };
}
