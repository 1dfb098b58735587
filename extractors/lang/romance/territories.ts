// Areas named by a town's adjective in Italian and French news ("nel Foggiano", "nell'Alto Mantovano", "dans le
// Libournais"): the adjective's possible towns, from the regular endings and a table of the irregular ones.

/** The towns an adjective may come from: its stem with each ending, then the irregular table's town. */
export function townsOfAdjective(
  adjective: string,
  suffix: RegExp,
  endings: string[],
  irregular: Record<string, string>,
): string[] {
  const known = irregular[adjective];
  const m = suffix.exec(adjective);
  if (!m) return known ? [known] : [];
  const stem = m[1];
  const forms = endings.map((e) =>
    // Italian spelling keeps a hard c/g before e/i with an h ("Lucchese" ← Lucca, "Lecchese" ← Lecco).
    /^[aou]?$/.test(e.slice(0, 1)) ? `${stem.replace(/([cg])h$/, '$1')}${e}` : `${stem}${e}`,
  );
  // French doubles a final n before the ending ("Lyonnais" ← Lyon).
  if (/nn$/.test(stem)) forms.push(stem.slice(0, -1));
  return [...(known ? [known] : []), ...forms];
}
