// Demonyms of the countries most often named in forced-labour news, in Portuguese, Spanish, French and Italian,
// written for this project from each language's standard forms (cross-checked against the Wikipedia lists of
// gentilics of each language). A form is a regular-expression source for the whole word: a stem with its
// endings (boliviano/a/os/as; bolivien/ne/s/nes), matched case-insensitively at word boundaries.
// Format: CC: portuguese ; spanish ; french ; italian — forms separated by commas, "-" for none.
// Ambiguous words are left out on purpose (Spanish "indio" = indigenous; "dominicano" is also a friar).
const E = '(?:o|a|os|as)'; // pt/es endings
const I = '(?:o|a|i|e)'; // it endings
const F = '(?:|ne|s|nes)'; // fr -ien(ne)(s)
const FA = '(?:|e|s|es)'; // fr -ain/-ais/-ois(e)(s)
const ES = '(?:|a|as|es)'; // es -és/-esa (written without the accent in the plural)
const PTS = '(?:|a|as|es)'; // pt -ês/-esa/-eses

const TABLE = `
BO: bolivian${E} ; bolivian${E} ; bolivien${F} ; bolivian${I}
PY: paraguai${E} ; paraguay${E} ; paraguayen${F} ; paraguaian${I}
PE: peruan${E} ; peruan${E} ; péruvien${F} ; peruvian${I}
VE: venezuelan${E} ; venezolan${E} ; vénézuélien${F} ; venezuelan${I}
CO: colombian${E} ; colombian${E} ; colombien${F} ; colombian${I}
HT: haitian${E} ; haitian${E} ; haïtien${F} ; haitian${I}
BR: brasileir${E} ; brasileñ${E} ; brésilien${F} ; brasilian${I}
AR: argentin${E} ; argentin${E} ; argentin${FA} ; argentin${I}
CL: chilen${E} ; chilen${E} ; chilien${F} ; cilen${I}
MX: mexican${E} ; mexican${E} ; mexicain${FA} ; messican${I}
GT: guatemaltec${E} ; guatemaltec${E} ; guatémaltèque${FA} ; guatemaltec${I}
HN: hondurenh${E} ; hondureñ${E} ; hondurien${F} ; hondure${I}
SV: salvadorenh${E} ; salvadoreñ${E} ; salvadorien${F} ; salvadoregn${I}
NI: nicaraguense, nicaraguenses ; nicaragüense, nicaragüenses ; nicaraguayen${F} ; nicaraguens${I}
CU: cuban${E} ; cuban${E} ; cubain${FA} ; cuban${I}
EC: equatorian${E} ; ecuatorian${E} ; équatorien${F} ; ecuadorian${I}
UY: uruguai${E} ; uruguay${E} ; uruguayen${F} ; uruguaian${I}
CN: chin[eê]s${PTS} ; chin${E} ; chinois${FA} ; cines${I}
IN: indian${E} ; hindú, hindúes ; indien${F} ; indian${I}
PK: paquistan[eê]s${PTS} ; paquistan[íi]${ES} ; pakistanais${FA} ; pakistan${I}
BD: bengal[ií]s?, bangladesh[ia]n${E} ; bangladesí, bangladesíes, bengalí, bengalíes ; bangladais${FA} ; bangladesi, bengales${I}
NP: nepal[eê]s${PTS} ; nepal[íi]${ES}, nepalés ; népalais${FA} ; nepales${I}
LK: cingal[eê]s${PTS}, srilank${E} ; ceilan[eé]s${ES}, srilanqu${E} ; sri-lankais${FA} ; srilankes${I}, cingales${I}
PH: filipin${E} ; filipin${E} ; philippin${FA} ; filippin${I}
VN: vietnamit${E} ; vietnamit${E} ; vietnamien${F} ; vietnamit${I}
TH: tailand[eê]s${PTS} ; tailand[eé]s${ES} ; thaïlandais${FA} ; tailandes${I}, thailandes${I}
MM: birman${E}, birman[eê]s${PTS} ; birman${E} ; birman${FA} ; birman${I}
KH: cambojan${E} ; camboyan${E} ; cambodgien${F} ; cambogian${I}
ID: indon[eé]si${E} ; indonesi${E} ; indonésien${F} ; indonesian${I}
MA: marroquin${E} ; marroquí, marroquíes ; marocain${FA} ; marocchin${I}
DZ: argelin${E} ; argelin${E} ; algérien${F} ; algerin${I}
TN: tunisian${E} ; tunecin${E} ; tunisien${F} ; tunisin${I}
EG: egípci${E} ; egipci${E} ; égyptien${F} ; egizian${I}
SN: senegal[eê]s${PTS} ; senegal[eé]s${ES} ; sénégalais${FA} ; senegales${I}
ML: malian${E} ; malienses?, malian${E} ; malien${F} ; malian${I}
BF: burquin[eê]s${PTS}, burkinab[eéè]s? ; burkinés${ES}, burkinab[eéè]s? ; burkinab[eéè]s? ; burkinab[eéè]
CI: marfinenses?, costa-marfinenses? ; marfileñ${E} ; ivoirien${F} ; ivorian${I}
GN: guineenses? ; guinean${E} ; guinéen${F} ; guinean${I}
GH: gan[eê]s${PTS} ; ghan[eé]s${ES}, ganés ; ghanéen${F} ; ghanes${I}
NG: nigerian${E} ; nigerian${E} ; nigérian${FA} ; nigerian${I}
CM: camaron[eê]s${PTS} ; camerun[eé]s${ES} ; camerounais${FA} ; camerunens${I}
CD: congol[eê]s${PTS} ; congol[eé]s${ES} ; congolais${FA} ; congoles${I}
TG: togol[eê]s${PTS} ; togol[eé]s${ES} ; togolais${FA} ; togoles${I}
BJ: beninenses? ; benin[eé]s${ES} ; béninois${FA} ; benines${I}
NE: nigerin${E} ; nigerin${E} ; nigérien${F} ; nigerin${I}
GM: gambian${E} ; gambian${E} ; gambien${F} ; gambian${I}
ER: eritreus?, eritreias? ; eritre${E} ; érythréen${F} ; eritre${I}
ET: etíopes?, etiópic${E} ; etíopes?, etiop${E} ; éthiopien${F} ; etiop${I}
SO: somalis? ; somal[ií]${ES} ; somalien${F} ; somal${I}
SD: sudan[eê]s${PTS} ; sudan[eé]s${ES} ; soudanais${FA} ; sudanes${I}
LY: líbi${E} ; libi${E} ; libyen${F} ; libic${I}
KE: quenian${E} ; kenian${E}, kenian${E} ; kényan${FA} ; keniot${I}
AO: angolan${E} ; angoleñ${E} ; angolais${FA} ; angolan${I}
MZ: moçambican${E} ; mozambiqueñ${E} ; mozambicain${FA} ; mozambican${I}
CV: cabo-verdian${E}, caboverdian${E} ; caboverdian${E} ; cap-verdien${F} ; capoverdian${I}
RO: romen${E} ; ruman${E} ; roumain${FA} ; rumen${I}, romen${I}
BG: búlgar${E} ; búlgar${E} ; bulgares? ; bulgar${I}
UA: ucranian${E} ; ucranian${E} ; ukrainien${F} ; ucrain${I}
MD: moldav${E}, moldov${E} ; moldav${E} ; moldave, moldaves ; moldav${I}
AL: alban[eê]s${PTS} ; alban[eé]s${ES} ; albanais${FA} ; albanes${I}
RU: russ${E} ; rus${E}, rusas? ; russes? ; russ${I}
PL: polon[eê]s${PTS} ; polac${E} ; polonais${FA} ; polacc${I}
PT: portugu[eê]s${PTS} ; portugu[eé]s${ES} ; portugais${FA} ; portoghes${I}
ES: espanh[oó]is, espanhol, espanhola, espanholas ; español, españoles, española, españolas ; espagnol${FA} ; spagnol${I}
IT: italian${E} ; italian${E} ; italien${F} ; italian${I}
FR: franc[eê]s${PTS} ; franc[eé]s${ES} ; français${FA} ; frances${I}
TR: turc${E} ; turc${E} ; turcs?, turques? ; turc[oa], turchi, turche
GE: georgian${E} ; georgian${E} ; géorgien${F} ; georgian${I}
LT: lituan${E} ; lituan${E} ; lituanien${F} ; lituan${I}
SY: síri${E} ; siri${E} ; syrien${F} ; sirian${I}
AF: afeg[aã]o, afeg[aã]s, afeg[aã]os, afeg[aã], afegãs ; afgan${E} ; afghan${FA} ; afghan${I}
IQ: iraquian${E} ; iraqu[íi]${ES} ; irakien${F} ; irachen${I}
UZ: uzbeques?, usbeques? ; uzbec${E} ; ouzbek${FA} ; uzbek${I}
KG: quirguiz${ES} ; kirguís${ES}, kirguiso${E} ; kirghize?s? ; kirghis${I}
TJ: tajiques? ; tayik${E} ; tadjik${FA} ; tagik${I}
KZ: cazaques?, cazaquistan[eê]s${PTS} ; kazaj${E}, kazajist[aá]n[íi]${ES} ; kazakh${FA}, kazakhstanais${FA} ; kazak${I}, kazaki, kazake
TM: turcomen${E} ; turcoman${E} ; turkmènes? ; turkmen${I}
AM: armêni${E} ; armeni${E} ; arménien${F} ; armen${I}
AZ: azerbaijan${E}, azeri${PTS}? ; azerbaiyan${E}, azer[ií]${ES} ; azerbaïdjanais${FA}, azéri${FA} ; azerbaigian${I}, azer${I}
RS: sérvi${E} ; serbi${E} ; serbes? ; serb${I}
HU: húngar${E} ; húngar${E} ; hongrois${FA} ; ungheres${I}
CZ: tchec${E} ; chec${E} ; tchèques? ; ceco, ceca, cechi, ceche
SK: eslovac${E} ; eslovac${E} ; slovaques? ; slovacc${I}
BY: bielorruss${E} ; bielorrus${E} ; biélorusses? ; bielorruss${I}
LA: laosian${E} ; laosian${E} ; laotien${F} ; laotian${I}
MY: malaisi${E} ; malasi${E} ; malaisien${F} ; malesi, malese
UG: ugandenses? ; ugand[eé]s${ES} ; ougandais${FA} ; ugandes${I}
TZ: tanzanian${E} ; tanzan${E} ; tanzanien${F} ; tanzanian${I}
RW: ruandeses? ; ruand[eé]s${ES} ; rwandais${FA} ; ruandes${I}
BI: burundian${E} ; burund[eé]s${ES} ; burundais${FA} ; burundes${I}
LR: liberian${E} ; liberian${E} ; libérien${F} ; liberian${I}
SL: serra-leon[eê]s${PTS} ; sierraleon[eé]s${ES} ; sierra-léonais${FA} ; sierraleones${I}
MW: malawian${E} ; malau[ií]${ES} ; malawites? ; malawian${I}
ZW: zimbabuan${E} ; zimbabuenses? ; zimbabwéen${F} ; zimbabwes${I}
ZM: zambian${E} ; zambian${E} ; zambien${F} ; zambian${I}
ZA: sul-african${E} ; sudafrican${E} ; sud-africain${FA} ; sudafrican${I}
TD: chadian${E} ; chadian${E} ; tchadien${F} ; ciadian${I}
LB: liban[eê]s${PTS} ; liban[eé]s${ES} ; libanais${FA} ; libanes${I}
YE: iemenit${E} ; yemen[ií]${ES} ; yéménites? ; yemenit${I}
SA: saudit${E} ; saud[ií]${ES} ; saoudien${F} ; saudit${I}
IR: iranian${E} ; iran[ií]${ES} ; iranien${F} ; iranian${I}
GR: greg${E} ; grieg${E} ; grecs?, grecques? ; greco, greca, greci, greche
HR: croat${E} ; croat${E} ; croates? ; croat${I}
BA: bósni${E} ; bosni${E} ; bosnien${F} ; bosniac${I}
DE: alemão, alemã, alemães, alemãs ; alemán, alemana, alemanes, alemanas ; allemand${FA} ; tedesco, tedesca, tedeschi, tedesche
GB: britânic${E} ; británic${E} ; britanniques? ; britannic${I}
JP: japon[eê]s${PTS} ; japon[eé]s${ES} ; japonais${FA} ; giappones${I}
`;

export interface RomanceDemonyms {
  country: string;
  pt: string[];
  es: string[];
  fr: string[];
  it: string[];
}

export const ROMANCE_DEMONYMS: RomanceDemonyms[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [cc, rest] = line.split(/:\s/);
    const [pt, es, fr, it] = rest.split(' ; ').map((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x && x !== '-'),
    );
    return { country: cc.trim(), pt, es, fr, it };
  });

const byCountry = new Map(ROMANCE_DEMONYMS.map((r) => [r.country, r]));

/** The demonym forms (regex sources) of a country in one of the four languages. */
export function romanceDemonyms(lang: 'pt' | 'es' | 'fr' | 'it', country: string): string[] {
  return byCountry.get(country)?.[lang] ?? [];
}
