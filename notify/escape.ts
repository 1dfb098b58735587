// Article text is untrusted: everything that goes into HTML or Markdown passes through here.

export function escapeHtml(s: string | null | undefined): string {
  return String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** Only http(s) links are kept; anything else (javascript:, data:) yields null and is shown as text. */
export function safeUrl(u: string | null | undefined): string | null {
  if (!u) return null;
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/**
 * Markdown text that still reads as plain text: only what would start markup is escaped — emphasis and code
 * marks, link brackets, a `<` that would open a tag, and a heading, list or quote marker at the start.
 */
export function escapeMd(s: string | null | undefined): string {
  return String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]])/g, '\\$1')
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    .replace(/^([#>+-]|\d+[.)])(?=\s)/, '\\$1');
}

/** A URL inside Markdown's (...): no spaces or parentheses that would end it early. */
export function mdUrl(u: string): string {
  return u.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
}
