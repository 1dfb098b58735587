// Text written into a RegExp source as itself: every character that means something in a pattern is escaped.
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
