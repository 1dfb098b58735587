// Totals of many operations: a lead that counts raids, inspections or operations by the ten or more ("829 victims
// rescued in 190 raids", "55 operaciones en año y medio") sums up a period or a campaign — an aggregate, `related`,
// not one case. A case's own few raids ("two raids") are not counted here: the number must be 10 or more.
/** Ten or more, in digits (thousands grouped by '.', ',' or a space). */
const MANY = '(?<![\\p{L}\\d.,])(?:[1-9]\\d{1,2}(?:[.,\\u00a0 ]\\d{3})*|[1-9]\\d{3,})';

/**
 * A pattern for "N operations" with the language's plural nouns of operations (regex sources). `notAfter`, a regex
 * source of words that make the count something else when they stand right before it: "victims from 19 countries"
 * tells where one group came from, not operations in 19 countries.
 */
export function countedOperations(nouns: string[], join = ' ', notAfter?: string): RegExp {
  const guard = notAfter ? `(?<!(?:${notAfter})\\s)` : '';
  return new RegExp(`${guard}${MANY}${join}(?:(?:\\p{L}+ )?)(?:${nouns.join('|')})(?![\\p{L}])`, 'iu');
}
