// French context words for place mentions, written for this project: prepositions of place and of origin,
// street words, and words that introduce a locality the gazetteer does not know.
import type { SitePlaces } from '../../places.js';
import { eitherApostrophe } from '../generic/apostrophes.js';
import { alt } from '../romance/common.js';
import { townsOfAdjective } from '../romance/territories.js';

const LOCATIVE = [
  // A firm or farm of a town is there: "une entreprise de Reims", "l'exploitation agricole de X".
  "(?:entreprise|exploitation(?: agricole)?|usine|atelier|ferme|domaine|chantier|plantation) (?:de|du|d')",
  'à',
  'en',
  'au',
  'aux',
  'dans',
  // departments and regions take an article: "dans le Lot-et-Garonne", "dans la Marne", "dans l'Aisne"
  "dans (?:le|la|les|l')",
  'près de',
  "près d'",
  'non loin de',
  'aux environs de',
  'dans la région de',
  'en périphérie de',
  // The countryside or outskirts of a town: "dans la zone rurale de X", "aux abords de X".
  "dans (?:la )?(?:zone rurale|campagne|banlieue|périphérie) (?:de|d')",
  "aux (?:abords|alentours) (?:de|d')",
  "(?:ville|commune|village|localité|région|province|département|préfecture|quartier|localité) (?:de|d')",
  // Domestic servitude: "à son domicile de Châtenay-Malabry", "au domicile du couple à Nice".
  "domicile (?:de|d'|à)",
  'situé(?:e|s|es)? (?:à|en|au)',
  'basé(?:e|s|es)? (?:à|en|au)',
  'sur un chantier (?:à|de)',
];
const ORIGIN = [
  // Recruited in a place, a border with a country: not where they worked.
  'recruté\\p{L}* (?:en|au|à|dans)',
  // Stopped on the road ("interceptés à Aboisso", "interceptés dans un car en direction de Daoukro"): in transit.
  'intercepté\\p{L}* (?:à|au|en|près de)',
  "en direction (?:de|du|d')",
  '(?:frontière|frontali[eè]r\\p{L}*) avec',
  // "la Côte d’Ivoire frontalière du Liberia", "à la frontière entre le Mali et le Niger": a neighbour named
  "(?:frontière|frontali[eè]r\\p{L}*) (?:entre (?:le |la |les |l')?|d[eu]s? |de la |de l'|d')",
  "(?:travailleu|ouvrier|saisonnier|migrant|personne|homme|femme|victime|enfant|ressortissant)\\p{L}* (?:d[eu]|des|d')",
  // "son départ du Mali": the country left for the job.
  "départ (?:du|de|des|d')",
  'originaires? d[eu]s?',
  "originaires? d'",
  'venu(?:e|s|es)? d[eu]s?',
  "venu(?:e|s|es)? d'",
  'en provenance d[eu]s?',
  "en provenance d'",
  'ressortissant(?:e|s|es)? d[eu]s?',
  'natifs? d[eu]s?',
  'rapatrié(?:e|s|es)? (?:en|au|vers)',
  'renvoyé(?:e|s|es)? (?:en|au|vers)',
  'ambassade d[eu]s?',
  "ambassade d'",
  'consulat d[eu]s?',
  'familles? (?:en|au|à)',
  'retour (?:en|au)',
  // Where they were taken after the rescue: a shelter or a transfer, not where they worked.
  "(?:centre|foyer|structure)s? d'(?:accueil|hébergement)(?: \\p{L}+)? (?:à|de|en)",
  "mis(?:e|es)? à l'abri (?:à|en|au)",
  'transféré(?:e|s|es)? (?:à|en|au|vers)',
  'évacué(?:e|s|es)? (?:à|en|au|vers)',
];
const STREET_BEFORE = [
  'rue',
  'avenue',
  'av\\.',
  'boulevard',
  'bd',
  'place',
  'chemin',
  'route',
  'quai',
  'impasse',
  'allée',
  'cours',
];
const LOCALITY_BEFORE = [
  "(?:le|du|au) (?:village|hameau|quartier|campement) (?:de|d')",
  "(?:village|hameau|campement|plantation) (?:de|d')",
];

// The seat of the police, inspectors or prosecutors acting: a place, weighing like a court town.
const SEAT_BEFORE = [
  'police',
  'gendarmerie',
  'commissariat(?: central)?(?: de police)?(?: de la ville)?',
  'brigade(?: de gendarmerie)?',
  'compagnie(?: de gendarmerie)?',
  'parquet',
  'tribunal(?: correctionnel| judiciaire)?',
  'procureur(?: de la république)?',
  'préfecture',
  'inspection du travail',
];
// The trial named with "à": "Procès à Meaux", "jugés à Bobigny", "l'audience à Agen", "ils comparaissent à Évry".
const TRIAL_AT = [
  'procès',
  'audience',
  'jugé(?:e|s|es)?',
  'comparution',
  'compara(?:î|i)t\\p{L}*',
  'délibéré',
  'verdict',
];

// The workplace before a town, with up to two words between ("une exploitation viticole à Cognac", "un domaine
// viticole de Saint-Émilion", "une villa de Nice", "un atelier clandestin d'Aubervilliers"): the site.
const SITE_NOUNS = [
  'exploitation',
  'usine',
  'atelier',
  'ferme',
  'domaine',
  'chantier',
  'plantation',
  'entreprise',
  'restaurant',
  'maison',
  'villa',
  'appartement',
  'pavillon',
  'hangar',
  'entrepôt',
  'champ',
  'vignoble',
  'serre',
  'élevage',
  'abattoir',
  'boulangerie',
  'salon',
  'magasin',
  'commerce',
  'bateau',
  'navire',
  'chalutier',
  'hôtel',
  'mine',
  'briqueterie',
  'cave',
  'château',
  'propriété',
  'parcelle',
  'vigne',
  'carrière',
  'campement',
  // "sur des sites d’orpaillage à Man", "un site aurifère de Tchériba"
  'site',
  'orpaillage',
];
// Between the workplace and the preposition: adjectives ("viticole", "sawit") or a lower-case complement
// ("de couture", "de café"), never the name itself.
const SITE_HEAD = `(?:${alt(SITE_NOUNS)})[sx]?(?:\\s+(?:de|du|des)\\s+\\p{Ll}[\\p{L}-]*|\\s+d['’]\\s*\\p{Ll}[\\p{L}-]*|\\s+(?!(?:de|du|des|à|au|en)\\s)[\\p{L}-]+){0,2}?`;
/** The site named with a preposition of place (not "of"): an unknown name after it is a locality. "en" and "au"
 *  name countries and regions ("des sites d’orpaillage en Eburnie"), never a village. */
const SITE_AT = `${SITE_HEAD}\\s+(?:à|près de|non loin de|situé(?:e|s|es)? à)`;
const SITE_BEFORE = `${SITE_HEAD}\\s+(?:de la|de l['’]|des|de|du|d['’]|près d['’]|à|au|en|près de|non loin de|situé(?:e|s|es)? à)`;

// "dans le Libournais", "du Nantais", "sur tout le Toulousain": the country around a town, named by its adjective
// after a singular article (a plural, "les Marseillais", is the people); the adjectives that are not stem + ending.
const TERRITORY_BEFORE = /(?:^|[\s(«"])(?:dans le|du|au|sur le|dans tout le|sur tout le|de tout le)\s+$/iu;
const TERRITORY_SUFFIX = /^(\p{Lu}[\p{L}-]{2,}?)(?:ais|ois|ain)$/u;
const TERRITORY_IRREGULAR: Record<string, string> = {
  Bordelais: 'Bordeaux',
  Albigeois: 'Albi',
  Biterrois: 'Béziers',
  Nîmois: 'Nîmes',
  Tourangeau: 'Tours',
  Stéphanois: 'Saint-Étienne',
  Valentinois: 'Valence',
  Cognaçais: 'Cognac',
};

export const PLACES_FR: SitePlaces = {
  locative: new RegExp(`(?:^|[\\s(«"'’])(?:${eitherApostrophe(alt(LOCATIVE))})\\s*$`, 'iu'),
  origin: new RegExp(`(?:^|[\\s(«"'’])(?:${eitherApostrophe(alt(ORIGIN))})\\s*$`, 'iu'),
  streetAfter: /(?!)/,
  streetBefore: new RegExp(
    `(?:^|[\\s(«"])(?:${eitherApostrophe(alt(STREET_BEFORE))})\\s+(?:de(?:s| la)?\\s+|du\\s+|d['’])?$`,
    'iu',
  ),
  localityBefore: new RegExp(`(?:^|[\\s(«"])(?:${eitherApostrophe(alt(LOCALITY_BEFORE))}|${SITE_AT})\\s*$`, 'iu'),
  seatBefore: new RegExp(
    `(?:^|[\\s(«"„“])(?:(?:${eitherApostrophe(alt(SEAT_BEFORE))})\\s*(?:de|du|d['’])|(?:${alt(TRIAL_AT)})\\s+(?:à|au))\\s*$`,
    'iu',
  ),
  siteBefore: new RegExp(`(?:^|[\\s(«"'’„“])(?:${SITE_BEFORE})\\s*$`, 'iu'),
  notPlaces: new Set(
    `police justice ministère travail gouvernement état national république sénat assemblée tribunal parquet
opération saint sainte nouvelle nouveau bon bonne paix gloire croix lumière union victoire espérance liberté progrès
lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre
octobre novembre décembre plus lire aussi photo vidéo partager maurice`
      .split(/\s+/)
      .filter(Boolean),
  ),
  territory: {
    before: TERRITORY_BEFORE,
    towns: (adjective) => townsOfAdjective(adjective, TERRITORY_SUFFIX, ['e', 'es', '', 's'], TERRITORY_IRREGULAR),
  },
};
