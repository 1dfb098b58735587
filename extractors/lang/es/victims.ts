// Spanish words for victims, minors, numbers and the contexts of counts, written for this project from Spanish and
// Latin American news usage ("42 personas", "diecisiete jornaleros", "una treintena de trabajadores").
import { DEMONYMS } from '../../data/demonyms.js';
import { S, w, withCompounds } from '../romance/common.js';
import { romanceDemonyms } from '../romance/demonyms.js';
import type { RomanceVictims } from '../romance/victims.js';

export const VICTIM_NOUNS_ES = `trabajador${S}|personas?|hombres?|mujeres|niñ[oa]s|menores|jóvenes|adolescentes|víctimas?|inmigrantes?|migrantes?|extranjer${S}|jornaler${S}|temporer${S}|peones|braceros|obrer${S}|emplead${S}|costurer${S}|recolector${S}|campesin${S}|indígenas|pescadores|marineros|tripulantes|esclavos|refugiados|ciudadan${S}`;
export const MINOR_NOUNS_ES = `niñ[oa]s?|menores|adolescentes|menores de edad`;
export const DEMONYM_NOUNS_ES = DEMONYMS.flatMap((d) => romanceDemonyms('es', d.country)).join('|');

const UNITS = { un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9 };
const TENS = { treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90 };
export const NUMBER_WORDS_ES = withCompounds(
  {
    ...UNITS,
    diez: 10,
    once: 11,
    doce: 12,
    trece: 13,
    catorce: 14,
    quince: 15,
    dieciséis: 16,
    dieciseis: 16,
    diecisiete: 17,
    dieciocho: 18,
    diecinueve: 19,
    veinte: 20,
    veintiún: 21,
    veintiuno: 21,
    veintiuna: 21,
    veintidós: 22,
    veintitrés: 23,
    veinticuatro: 24,
    veinticinco: 25,
    veintiséis: 26,
    veintisiete: 27,
    veintiocho: 28,
    veintinueve: 29,
    cien: 100,
    ciento: 100,
    doscientos: 200,
    doscientas: 200,
    trescientos: 300,
    trescientas: 300,
    quinientos: 500,
    quinientas: 500,
    'una decena de': 10,
    'una docena de': 12,
    'una quincena de': 15,
    'una veintena de': 20,
    'una treintena de': 30,
    'una cuarentena de': 40,
    'una cincuentena de': 50,
    'un centenar de': 100,
  },
  TENS,
  UNITS,
  (t, u) => `${t} y ${u}`,
);

export const VICTIMS_ES: RomanceVictims = {
  nouns: `${VICTIM_NOUNS_ES}|${DEMONYM_NOUNS_ES}`,
  minors: MINOR_NOUNS_ES,
  numberWords: NUMBER_WORDS_ES,
  statistics: new RegExp(
    w(
      `estimaci${S}|se estima|cada año|al año|anualmente|en el mundo|en todo el (?:país|mundo)|desde (?:19|20)\\d\\d|en lo que va de año|este año|el año pasado|récord|en total|informe|balance|según (?:los )?datos|memoria anual`,
    ),
    'iu',
  ),
  aggregate: new RegExp(
    w(`(?:en|durante|a lo largo de) (?:19|20)\\d\\d|en los últimos (?:\\p{L}+ )?(?:años|meses)|denuncias|casos`),
    'iu',
  ),
  notVictimRoles: `dueñ${S}|propietari${S}|empleador${S}|patr(?:ón|ones|ona)|empresari${S}|capataz${S}|cabecilla${S}|líder${S}|sospechos${S}|acusad${S}|detenid${S}|investigad${S}|encargad${S}|gerente${S}|jefe${S}|matrimonio|pareja|marido|esposa`,
  authorities: `policía${S}|Guardia Civil|autoridades|gobierno|ministerio|embajada|consulado|justicia|tribunal${S}|juzgado${S}|fiscal${S}|fiscalía|inspector${S}|inspección|ley|código penal|prensa|diario|diplomátic${S}|agentes`,
  notPeople: `años?|horas?|días?|meses|semanas?|euros?|dólares|pesos|mil|millones|kilos|km|hectáreas|toneladas|por|de|del|en|y|con|a|el|la|que|los|las`,
  part: `entre (?:ellos|ellas|los cuales|las cuales|las víctimas|los rescatados)|de (?:los|las) cuales|incluid${S}|incluyendo|siendo`,
  generic: `personas?|hombres?|mujeres|individuos?|sujetos?`,
  join: `,|,?\\s+y|,?\\s+además de`,
  // Words before a number: the accused follow them, a capacity (with generic people), a lower bound (generic/counts.ts).
  suspectBefore: `contra(?:\\s+(?:los|las|estos|estas|todos))?|(?:detención|arresto|captura|condena)\\s+(?:de|a)(?:\\s+(?:los|las))?`,
  // "las víctimas liberadas son 52", "los trabajadores explotados ascienden a 40": the number after the group.
  after: `(?:víctimas|trabajadores|temporeros|temporeras|jornaleros|personas\\s+explotadas)(?:\\s+[\\p{L}]+){0,2}\\s+(?:son|eran|fueron|ascienden\\s+a|ascendían\\s+a|suman)\\s+(?:un\\s+total\\s+de\\s+)?{N}`,
  capacity: `para(?:\\s+hasta)?`,
  // One victim told without a number, as the subject of a passive or the object of rescue or exploitation.
  single:
    /(?<![\p{L}])(?:una|un)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:mujer|joven|trabajador|trabajadora|empleada|menor|niña|niño|hombre|temporero|jornalero|cuidadora|interna)\s+(?:[^.;,]{0,60}\s)?(?:fue|era|había sido|estaba)\s+(?:(?!(?:pour|per|por|par|para|avoir|aver|haber|ter|sido)\s)[^\s,]+\s+){0,3}?(?:liberad[oa]|rescatad[oa]|explotad[oa]|obligad[oa]|retenid[oa]|encerrad[oa]|esclavizad[oa])|(?:liberó|liberaron|rescató|rescataron|explotaba|explotaban|esclavizaba|esclavizaban|retenía|retenían)\s+a\s+(?:una|un)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:mujer|joven|trabajador|trabajadora|empleada|menor|niña|niño|hombre|temporero|jornalero|cuidadora)(?![\p{L}])/iu,
  atLeast: `más\\s+de|al\\s+menos|por\\s+lo\\s+menos|no\\s+menos\\s+de`,
  events: new RegExp(
    w(
      `rescat${S}|liberad${S}|liberó|liberaron|encontrad${S}|hallad${S}|sometid${S}|explotad${S}|explotaba${S}|esclaviz${S}|captad${S}|engañad${S}|víctimas?|trabajaban|vivían|dormían|hacinad${S}`,
    ),
    'iu',
  ),
  arrests: new RegExp(
    w(
      `detenid${S}|detuv${S}|arrestaron|arrestó|capturaron|capturó|arrestad${S}|apresad${S}|capturad${S}|sospechos${S}|acusad${S}|condenad${S}|imputad${S}|investigad${S}|procesad${S}`,
    ),
    'iu',
  ),
  from: `(?:${VICTIM_NOUNS_ES}) (?:de|del|procedentes de|originari${S} de)|(?:procedentes?|originari${S}|oriund${S}|provenientes?|venid${S}|traíd${S}|llegad${S}|naturales|nacionales|ciudadan${S}|captad${S}) (?:de|del|en)|de nacionalidad|(?:\\d+|${VICTIM_NOUNS_ES}) (?:son|eran|es|era) (?:de|del)|(?:procedían|procedía|proceden|procede|venían|vienen|vinieron) (?:de|del)`,
};
