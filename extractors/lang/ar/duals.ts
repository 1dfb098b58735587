// Arabic dual nouns of people, which the counter (victims.ts) and the nisba reader (nationalities.ts) both read.
// Written for this project from Arabic grammar.

// Dual nouns, which are a count of two by themselves ("أنقذت عاملتين", "طفلين"): only the forms that cannot be read as
// plurals — not "عاملين" nor "مواطنين", which are the sound plural too. Each is read as "2 <noun>" (victims.ts).
export const DUALS_AR = [
  // women workers, maids, women, girls
  'عاملتين|عاملتان|خادمتين|خادمتان|امرأتين|امرأتان|سيدتين|سيدتان|فتاتين|فتاتان',
  // children
  'طفلين|طفلان|طفلتين|طفلتان|قاصرتين|قاصرتان',
  // migrant women, victims ("شخصين" is left out: two persons are as often the arrested, "وهما شخصين من جنسية آسيوية")
  'مهاجرتين|مهاجرتان|ضحيتين|ضحيتان',
].join('|');
