// Which business sectors (extractors/data/sectors.ts vocabulary) can describe one workplace: outlets name the
// same site differently ("fish processing plant" → food_processing, "the factory" → manufacturing; a trawler
// crew and the fish plant they supplied), so a sector pair listed here is not a contradiction. Written for
// this project.
export const RELATED_SECTORS: [string, string][] = [
  ['food_processing', 'manufacturing'],
  ['food_processing', 'fishing'],
  ['food_processing', 'agriculture'],
  ['garment', 'manufacturing'],
  ['brick_kilns', 'manufacturing'],
  ['brick_kilns', 'construction'],
  ['cannabis_cultivation', 'agriculture'],
  ['car_wash', 'retail'],
  ['car_wash', 'hospitality'],
  ['hospitality', 'entertainment'],
  ['hospitality', 'retail'],
  ['logistics', 'retail'],
  ['logistics', 'manufacturing'],
  ['mining', 'construction'],
];
/** A sector that says nothing about the workplace. */
export const VAGUE_SECTORS = new Set(['other']);
