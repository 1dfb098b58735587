// Portuguese words for victims, minors, numbers and the contexts of counts, written for this project from
// Brazilian and Portuguese news usage ("56 trabalhadores", "seis homens", "duas crianças", "uma dezena de").
import { DEMONYMS } from '../../data/demonyms.js';
import { S, w, withCompounds } from '../romance/common.js';
import { romanceDemonyms } from '../romance/demonyms.js';
import type { RomanceVictims } from '../romance/victims.js';

export const VICTIM_NOUNS_PT = `trabalhador${S}|pessoas?|homens?|mulheres|crianças?|adolescentes?|menores|jovens|vítimas?|imigrantes?|migrantes?|operári${S}|empregad${S}|funcionári${S}|cortadores?|colhedores?|catadores?|carvoeiros?|lavradores?|agricultores?|safristas?|indígenas|estrangeir${S}|costureir${S}|domésticas?|idos[oa]s|meninas?|meninos?|rapazes|pescadores?|marinheiros?|tripulantes?|escravos|refugiados`;
export const MINOR_NOUNS_PT = `crianças?|adolescentes?|menores|meninas?|meninos?|menores de idade`;
export const DEMONYM_NOUNS_PT = DEMONYMS.flatMap((d) => romanceDemonyms('pt', d.country)).join('|');

const UNITS = { um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9 };
const TENS = {
  vinte: 20,
  trinta: 30,
  quarenta: 40,
  cinquenta: 50,
  sessenta: 60,
  setenta: 70,
  oitenta: 80,
  noventa: 90,
};
export const NUMBER_WORDS_PT = withCompounds(
  {
    ...UNITS,
    dez: 10,
    onze: 11,
    doze: 12,
    treze: 13,
    catorze: 14,
    quatorze: 14,
    quinze: 15,
    dezesseis: 16,
    dezasseis: 16,
    dezessete: 17,
    dezassete: 17,
    dezoito: 18,
    dezenove: 19,
    dezanove: 19,
    cem: 100,
    duzentos: 200,
    duzentas: 200,
    trezentos: 300,
    trezentas: 300,
    'uma dezena de': 10,
    'uma dúzia de': 12,
    'uma vintena de': 20,
    'uma centena de': 100,
  },
  TENS,
  UNITS,
  (t, u) => `${t} e ${u}`,
);

export const VICTIMS_PT: RomanceVictims = {
  nouns: `${VICTIM_NOUNS_PT}|${DEMONYM_NOUNS_PT}`,
  minors: MINOR_NOUNS_PT,
  numberWords: NUMBER_WORDS_PT,
  statistics: new RegExp(
    w(
      `estimativa${S}|estima-se|por ano|anualmente|todos os anos|no mundo|em todo o (?:país|Brasil|mundo)|desde (?:19|20)\\d\\d|desde (?:o início|janeiro)|neste ano|este ano|no ano passado|recorde|ao todo|total de|relatório|levantamento|balanço|dados d${S}`,
    ),
    'iu',
  ),
  aggregate: new RegExp(
    w(`(?:em|durante|ao longo de) (?:19|20)\\d\\d|nos últimos (?:\\p{L}+ )?(?:anos|meses)|denúncias|casos`),
    'iu',
  ),
  notVictimRoles: `dono${S}|dona${S}|proprietári${S}|empregador${S}|patr(?:ão|ões|oa)|empresári${S}|fazendeir${S}|aliciador${S}|gato${S}|suspeit${S}|acusad${S}|réu|réus|investigad${S}|gerente${S}|encarregad${S}|capataz${S}|chefe${S}|casal|marido|esposa`,
  authorities: `polícia${S}|policiais|autoridades|governo|ministério|embaixada|consulado|justiça|tribunal|procurador${S}|Ministério Público|fiscais|auditores?|lei|código penal|imprensa|jornal${S}|diplomata${S}`,
  notPeople: `anos?|horas?|dias?|meses|semanas?|reais|euros?|dólares|mil|milhões|quilos|km|hectares|toneladas|por|de|da|do|em|e|com|a|o|que|dos|das`,
  part: `entre (?:eles|elas|os quais|as quais|os resgatados|as vítimas)|dos quais|das quais|incluindo|sendo`,
  generic: `pessoas?|homens?|mulheres|indivíduos?`,
  join: `,|,?\\s+e|,?\\s+além de`,
  // Words before a number: the accused follow them, a capacity (with generic people), a lower bound (generic/counts.ts).
  suspectBefore: `contra(?:\\s+(?:os|as|estes|estas|todos))?|(?:prisão|detenção|condenação)\\s+(?:de|dos|das)`,
  // "as vítimas resgatadas são 12", "os trabalhadores chegam a 40": the number after the group.
  after: `(?:vítimas|trabalhadores|resgatados|trabalhadoras)(?:\\s+[\\p{L}]+){0,2}\\s+(?:são|eram|foram|somam|chegam\\s+a|totalizam)\\s+(?:um\\s+total\\s+de\\s+)?{N}`,
  capacity: `para(?:\\s+até)?`,
  // One victim told without a number, as the subject of a passive or the object of rescue or exploitation.
  single:
    /(?<![\p{L}])(?:uma|um)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:mulher|jovem|trabalhador|trabalhadora|empregada|idosa|menor|menina|menino|homem|cuidadora|babá)\s+(?:[^.;,]{0,60}\s)?(?:foi|era|estava|tinha sido)\s+(?:(?!(?:pour|per|por|par|para|avoir|aver|haber|ter|sido)\s)[^\s,]+\s+){0,3}?(?:resgatad[oa]|libertad[oa]|explorad[oa]|obrigad[oa]|mantid[oa]|submetid[oa]|escravizad[oa])|(?:resgatou|resgataram|libertou|libertaram|explorava|exploravam|mantinha|mantinham|escravizava|escravizavam)\s+(?:uma|um)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:mulher|jovem|trabalhador|trabalhadora|empregada|idosa|menor|menina|menino|homem|cuidadora|babá)(?![\p{L}])/iu,
  atLeast: `mais\\s+de|pelo\\s+menos|ao\\s+menos`,
  events: new RegExp(
    w(
      `resgat${S}|libertad${S}|libertou|libertaram|encontrad${S}|submetid${S}|mantid${S}|explorad${S}|escraviz${S}|aliciad${S}|traficad${S}|vítimas?|trabalhavam|viviam|dormiam|alojad${S}|afastad${S}`,
    ),
    'iu',
  ),
  arrests: new RegExp(
    w(
      `pres[oa]s?|prend${S}|det(?:eve|iveram)|detid${S}|suspeit${S}|acusad${S}|condenad${S}|indiciad${S}|denunciad${S}|investigad${S}|réus?`,
    ),
    'iu',
  ),
  from: `(?:${VICTIM_NOUNS_PT}) d[aoe]s?|(?:vind${S}|oriund${S}|originári${S}|proveniente${S}|naturais|natural|procedente${S}|nacionais|cidadãos|aliciad${S}|trazid${S}) (?:d[aoe]s?|em)|(?:\\d+|${VICTIM_NOUNS_PT}) (?:são|eram|é|era) d[aoe]s?|(?:vinham|vieram|vêm|procediam|provinham) d[aoe]s?`,
};
