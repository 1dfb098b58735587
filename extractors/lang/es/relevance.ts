// Spanish relevance lexicon and case cues. Written for this project from the vocabulary of Spain's Código Penal
// (art. 177 bis trata de seres humanos, art. 311–312 delitos contra los derechos de los trabajadores, art. 607 bis
// esclavitud), Argentina's ley 26.364 (trata, reducción a servidumbre), Mexico's ley general en materia de trata, and
// Spanish-language news of rescues and raids. Every pattern is bounded (../romance/common.ts).
import type { CaseCues } from '../../data/lexicons/relevance-cases.js';
import type { DiscussedKind, RelevanceLexicon } from '../../data/lexicons/types.js';
import { S, alt, w } from '../romance/common.js';
import { DEMONYM_NOUNS_ES, VICTIM_NOUNS_ES } from './victims.js';

const NUM = `\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\\p{L}+|veinte|veinti\\p{L}+|treinta|cuarenta|cincuenta|cien|decenas de|centenares de|una (?:decena|docena|veintena|treintena) de|un centenar de`;

const PEOPLE_ES = `${VICTIM_NOUNS_ES}|${DEMONYM_NOUNS_ES}`;

const TRUCK_SYSTEM_ES = `paga${S} con vales|vales (?:que solo|canjeables)|tienda de raya|cobraba${S} en (?:mercadería|especie|vales|comida)`;

// Exploitation told by its verb, in either order: "una red que explotaba a temporeros", "para explotarlos en obras",
// "trabajadores explotados".
const EXPLOITED_BY_VERB_ES = [
  `explot(?:a|an|aba|aban|aron|ó|ar|arlos|arlas|ando|ándolos|ándolas)(?: a| al| a los| a las)?(?: \\p{L}+){0,3} (?:${PEOPLE_ES})`,
  `explot(?:arlos|arlas|ándolos|ándolas)|(?:${PEOPLE_ES})(?: \\p{L}+){0,2} explotad${S}`,
].join('|');

// Kept at the workplace: held at a ranch, farm or workshop, not let out ("retenidos en un rancho", "no los dejaban
// salir"), papers taken by any verb ("le retiraron el pasaporte", "les tiene retenidos los pasaportes").
const CONFINED_ES = [
  `(?:retenid|encerrad|secuestrad|cautiv)${S} (?:en|dentro de) (?:un|una|el|la|unas|unos) (?:\\p{L}+ )?(?:rancho|finca|fundo|hacienda|taller|fábrica|casa|vivienda|nave|barco|buque|mina|obra|granja|invernadero|campamento|galpón|bodega)`,
  `no (?:los|las|les|le|la|lo) (?:dejaban|dejaba|permitían|permitía|dejan|permiten) (?:salir|irse|marcharse|abandonar|volver)|(?:impedían|impedía|prohibían|prohibía)(?:le|les)? salir`,
].join('|');
const DOCUMENTS_TAKEN_ES = `(?:retiene${S}|retienen|retenía${S}|retuvieron|retuvo|retenid${S}|quitaba${S}|quitaron|quitó|requisaba${S}|requisaron|retiraron|retiró|confiscad${S}|confiscaron|se quedaba${S} con|se quedó con) (?:\\p{L}+ ){0,3}(?:documentación|documentos|pasaportes?|DNI|papeles|cédulas?|documentos de identidad)`;

// Children at work and forced begging: "niños de entre 8 y 14 años trabajando", "menores laborando",
// "obligados a mendigar / pedir limosna", "explotación infantil".
// At a workplace, not in a school garden or at homework.
const CHILD_WORKPLACES_ES = `ladriller${S}|hornos?|minas?|campos?|finca${S}|fábrica${S}|talleres|obra${S}|basurero${S}|vertedero${S}|cosecha${S}|plantaci${S}|calles?|semáforos?|mercados?|comercios?|cultivos?|invernaderos?|canteras?|barcos?|cafetal${S}|cañaveral${S}|maquila${S}|servicio doméstico|viviendas? ajenas?`;
const CHILD_LABOUR_ES = `(?:niñ[oa]s|menores|adolescentes)(?: \\S+){0,6} (?:trabajando|trabajaban|laborando|laboraban|empleados|contratados) (?:\\p{L}+ ){0,3}(?:${CHILD_WORKPLACES_ES})|explotación (?:infantil|de menores)|trabajo de menores`;
const FORCED_BEGGING_ES = `(?:obligad|forzad|obliga|forza)${S} a (?:mendigar|pedir limosna|pedir dinero)|mendicidad (?:forzada|infantil|ajena)`;

// Recruitment fraud: false job offers or promises, recruiters who "captaban" people, Mexico's enganchadores.
const RECRUITMENT_FRAUD_ES = [
  `(?:fals${S}|engaños${S}) (?:ofertas?|promesas?|propuestas?) (?:de )?(?:empleo|trabajo)|(?:ofertas?|promesas?) (?:de )?(?:empleo|trabajo)(?: \\p{L}+)? (?:fals${S}|engaños${S}|inexistentes?)`,
  `capt(?:aba|aban|aron|ó|ar|ando)(?:l[oa]s)? (?:\\p{L}+ ){0,2}(?:a )?(?:${PEOPLE_ES})|enganchador${S}`,
].join('|');

// Pay never received, owed for months ("el armador no les paga desde hace nueve meses", "sin recibir remuneraciones").
const UNPAID_ES = `no (?:les|le) (?:paga|pagaba|pagaban|pagan|pagaron|han pagado|ha pagado)|sin (?:recibir|percibir) (?:\\p{L}+ )?(?:remuneraci${S}|salario${S}|sueldo${S}|pago${S}|paga)|sin paga|meses sin cobrar`;
// Crews left on a vessel in port ("tripulantes de un pesquero abandonado").
const ABANDONED_CREW_ES = `(?:tripulantes|marineros|pescadores|tripulación)(?: \\p{L}+){0,5} abandonad${S}|(?:pesquero|buque|barco|mercante) abandonad${S}`;

/** Cues of the topic discussed rather than a case told, by kind (weights: extractors/relevance-discussed.ts). */
const DISCUSSED_ES: [DiscussedKind, string][] = [
  // Norma jurídica en abstracto: castigo futuro, "quien obligue", la ley que define o entrará en vigor.
  [
    'norm',
    w(
      `será${S} (?:castigad|penad|sancionad|multad|prohibid)${S}|castigad${S} con (?:penas?|multas?|prisión)|quien (?:obligue|someta|explote|imponga)|el que (?:obligue|someta)|entrará en vigor|(?:la ley|el proyecto|el texto|la norma|el reglamento) (?:define|tipifica|prevé|obligará|establece)`,
    ),
  ],
  [
    'definition',
    w(
      `^¿?qu[ée] es|¿qu[ée] es|se (?:define|entiende) como|es (?:todo|cualquier) trabajo|señales de alerta|c[óo]mo (?:detectar|identificar|reconocer)`,
    ),
  ],
  [
    'audit',
    w(`no (?:encontró|halló|detectó) (?:ningún |ningunos? )?(?:indicios|pruebas|evidencias?|casos)|sin indicios de`),
  ],
  ['plan', w(`plan (?:nacional|estratégico|prevé)|se aplicarán|prevé reforzar|estrategia nacional`)],
  [
    'period',
    w(
      `en (?:el )?20\\d\\d|durante (?:el )?(?:año|20\\d\\d)|a lo largo de(?:l año| 20\\d\\d)|el año (?:pasado|anterior)|respecto al año|en lo que va de año|al año|cada año`,
    ),
  ],
  ['share', `\\d+(?:[.,]\\d+)? ?(?:%|por ciento)`],
  [
    'attribution',
    w(
      `seg[úu]n (?:\\p{L}+ ){0,3}(?:informe|datos|cifras|balance|estad[íi]sticas|estudio|memoria|encuesta)|el informe (?:revela|señala|indica|recomienda)`,
    ),
  ],
  ['total', w(`\\d{1,3}(?:\\.\\d{3})+(?! ?(?:euros?|€|dólares|pesos))|miles de|millones de|en \\d+ pa[íi]ses`)],
];

export const RELEVANCE_ES: RelevanceLexicon = {
  discussed: DISCUSSED_ES,
  topic: [
    [
      w(
        `trabajo${S} forzos${S}|trabajos forzados|trabajo esclavo|(?:condiciones|situación|régimen) (?:de|similar${S} a la|cercan${S} a la|análog${S} a la) esclavitud|reducción a (?:la )?servidumbre|servidumbre por deudas|(?:obligad${S}|forzad${S}|obligándol${S}|forzándol${S}) a trabajar`,
      ),
      3,
    ],
    [
      w(
        `trata (?:de (?:personas|seres humanos)|laboral|con fines de explotación laboral)|explotación laboral|explotaba${S} laboralmente|explotad${S} laboralmente|tráfico de (?:personas|seres humanos)|víctimas de (?:la )?trata`,
      ),
      3,
    ],
    [
      w(
        `esclavitud|esclaviz${S}|servidumbre|explotación (?:de|a) (?:trabajadores|inmigrantes|migrantes|temporeros|jornaleros)|explotad${S} (?:\\p{L}+ ){0,2}(?:trabajador${S}|inmigrantes|migrantes|jornaleros)|delitos? contra los derechos de los trabajadores`,
      ),
      2,
    ],
    [
      w(
        `trabajo infantil|condiciones (?:infrahumanas|inhumanas|deplorables|de hacinamiento)|hacinad${S}|jornadas? (?:extenuantes|interminables|de \\d+ horas)`,
      ),
      2,
    ],
    [w(`esclav[oa]s?`), 1],
    [w(`semi-?esclav${S}`), 2],
    // "Trabajo forzado" (singular, Latin American usage) and debt peonage.
    [w(`trabajos? forzad[oa]s?|peonaje(?: por deudas)?`), 3],
    [w(`mano de obra (?:esclava|forzada|cautiva)`), 3],
    // Paid in vouchers or goods that only the employer's store takes (Mexico's "tienda de raya"): debt bondage.
    [w(TRUCK_SYSTEM_ES), 2],
    // "Los obligaban a trabajar", "forzó a trabajar": the finite verb of forced work.
    [w(`(?:obliga|forza|fuerza|obligó|forzó)${S} a (?:trabajar|laborar|faenar|coser|pescar|cosechar)`), 3],
    [w(EXPLOITED_BY_VERB_ES), 2],
    [w(CONFINED_ES), 2],
    [w(DOCUMENTS_TAKEN_ES), 2],
    [w(CHILD_LABOUR_ES), 2],
    [w(FORCED_BEGGING_ES), 3],
    [w(RECRUITMENT_FRAUD_ES), 2],
    [w(`${UNPAID_ES}|${ABANDONED_CREW_ES}`), 1],
    // Workers who cannot leave the estate or camp (present tense of complaints: "no pueden salir del batey").
    [
      w(
        `no (?:pueden|puede|podían|podía) (?:salir|irse|marcharse) (?:del|de la) (?:batey|finca|fundo|rancho|hacienda|campamento|taller|fábrica|barco|mina)`,
      ),
      2,
    ],
    // Argentina's clandestine sweatshops (talleres clandestinos), a named kind of case.
    [w(`talleres? (?:textil${S} )?clandestin${S}`), 2],
    [w(`sin (?:cobrar|sueldo|salario|pago|paga)|salarios? (?:de miseria|impagad${S})`), 1],
  ],
  events: [
    [
      w(
        `rescat${S}|liberad${S}|liberó|liberaron|detenid${S}|detuvo|detuvieron|arrest${S}|desarticul${S}|desmantel${S}|allan${S}|redada${S}|operativo|operación|intervenid${S}|condenad${S}|imputad${S}|procesad${S}|encontrad${S}|hallad${S}|escap${S}|huy${S}|denunci${S}|clausur${S}|sancionad${S}|multad${S}`,
      ),
      1,
    ],
    [w(`inspección|juicio|sentencia|prisión provisional|a disposición judicial`), 1],
    // Latin American steps: capture and apprehension, a raid by warrant (cateo), a labour inspection (fiscalización),
    // findings (halla, detectó), a charge (vinculado a proceso, formalizado, prisión preventiva).
    [
      w(
        `captur${S}|aprehendi${S}|aprehensión|cateo${S}|fiscaliz${S}|detect(?:ó|aron|a|an)|hall(?:a|an|ó|aron)|encontr(?:ó|aron)|vinculad${S} a proceso|formalizad${S}|prisión preventiva|abrió una investigación|conden(?:a|an|ó|aron)|destap${S}|descubr(?:e|en|ió|ieron)`,
      ),
      1,
    ],
  ],
  incident: [
    [
      w(
        `policía${S}|Guardia Civil|Policía Nacional|Mossos|Ertzaintza|agentes|fiscal${S}|juez${S}|jueza|Inspección de Trabajo|Gendarmería|Ministerio Público|PROTEX|PDI|Carabineros|Dirección del Trabajo|Sunafil|STPS|Procuradur${S}|Audiencia|tribunal${S}`,
      ),
      0.5,
    ],
    [w(`(?:${NUM}) (?:\\p{L}+ ){0,2}(?:${VICTIM_NOUNS_ES}|${DEMONYM_NOUNS_ES})`), 1],
  ],
  related: [
    [
      w(
        `informe|estudio|encuesta|estadístic${S}|índice|según (?:los )?datos|balance|memoria anual|ranking|cada año|en el mundo|en todo el país`,
      ),
      1,
    ],
    [
      w(`ley|proyecto de ley|legislación|reforma|convenio|decreto|política${S} pública${S}|Congreso|Senado|parlamento`),
      1,
    ],
    [w(`opinión|columna|tribuna|editorial|debemos|deberían?`), 0.5],
  ],
  traps: [
    // "esclavo de la moda", "esclavos del móvil", "esclava del trabajo": metaphors.
    w(
      `esclav${S} (?:de la|del|de los|de las|de su|de sus) (?:moda|móvil${S}|celular${S}|trabajo|tiempo|rutina|redes|imagen|amor|dinero|éxito|cuerpo|dieta|pantalla${S}|tecnología|consumo)`,
    ),
    w(
      `(?:obligad${S}|forzad${S}|obliga${S}|forzó) a (?:dimitir|renunciar|retirarse|abandonar|jugar|cambiar)|dimisi${S} forzad${S}|(?:obligad${S}|forzad${S}) a (?:trabajar|teletrabajar) (?:desde casa|en remoto|a distancia)`,
    ),
    w(
      `tráfico (?:de drogas|de armas|de estupefacientes|de influencias|de especies)|narcotráfico|narcotraficantes?|trata de blancas`,
    ),
  ],
  contextTraps: [
    w(
      `abolici${S}|abolicionist${S}|esclavitud colonial|época colonial|colonial|siglo (?:XVI|XVII|XVIII|XIX)|1[5-8]\\d\\d|trata atlántica|barcos negreros`,
    ),
    w(`fútbol|selección|entrenador${S}|entrenamiento${S}|liga|partido${S}|goles?|afición|Mundial`),
    // Sex work and pimping networks: trafficking for sexual exploitation, not forced labour.
    w(`prostitu${S}|explotación sexual|proxenet${S}|trata de blancas`),
    w(`película${S}|novela${S}|serie${S}|libro${S}|exposición|museo|documental|cine|tendencias?|moda|pasarela`),
  ],
  // Sexual exploitation told with no word of any other work anywhere: out of scope (extractors/relevance.ts).
  sexual: w(
    `prostitu${S}|proxenet${S}|explotación sexual|explotadas? sexualmente|esclav${S} sexual${S}|club${S} de alterne|burdel${S}|prostíbulo${S}|trata de blancas`,
  ),
  labourSetting: w(
    `laboral${S}|trabaj${S}|mano de obra|obra${S}|fábrica${S}|finca${S}|campo${S}|temporer${S}|jornaler${S}|taller${S}|salario${S}|sueldo${S}|servicio doméstico|emplead${S} doméstic${S}|restaurante${S}|cosecha${S}|invernadero${S}|pesca|barco${S}|mendicidad`,
  ),
};

export const CASE_CUES_ES: CaseCues = {
  exploitation: [
    [
      'wages',
      w(
        `${UNPAID_ES}|sin (?:cobrar|sueldo|salario|pago|paga|remuneración)|no (?:les )?(?:pagaba${S}|pagaron|cobraban|recibían)|salarios? (?:impagad${S}|retenid${S}|de miseria)|nunca cobraron|cobraban (?:\\p{L}+ ){0,3}\\d+ euros`,
      ),
    ],
    ['documents', w(`${DOCUMENTS_TAKEN_ES}|documentación (?:\\p{L}+ ){0,2}(?:retenida|requisada)`)],
    [
      'movement',
      w(
        `${CONFINED_ES}|no (?:podían|podía|les dejaban|les permitían) (?:salir|marcharse|irse|abandonar)|encerrad${S}|vigilad${S}|custodiad${S}|privad${S} de libertad|impedían (?:\\p{L}+ ){0,2}salir|bajo llave`,
      ),
    ],
    [
      'debt',
      w(
        `deuda${S}|endeudad${S}|servidumbre por deudas|descontaba${S} (?:\\p{L}+ ){0,3}(?:sueldo|salario)|pagar (?:el|su) (?:viaje|traslado|alojamiento)`,
      ),
    ],
    ['violence', w(`golpead${S}|agredid${S}|agresiones|amenaz${S}|palizas?|violencia física|maltrat${S}`)],
  ],
  // Not a total in thousands ("más de 3.000", "3 mil"): a count of a period, not a group.
  group: w(
    `(?<![\\d.,])(?:${NUM}|más de \\d+|al menos \\d+|unos \\d+|unas \\d+)(?![.,]\\d| mil\\b| millones) (?:\\p{L}+ ){0,2}(?:${VICTIM_NOUNS_ES}|${DEMONYM_NOUNS_ES})` +
      // The accused counted at a police or court step ("ha detenido a dos empresarios") are as specific.
      `|(?:a )?(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\\d+) (?:empresari${S}|dueños|propietari${S}|capataces|integrantes|miembros|sospechosos)`,
  ),
  nationalityGroup: w(
    `(?:trabajador${S}|jornaler${S}|temporer${S}|inmigrantes?|migrantes?|personas|hombres|mujeres|víctimas|ciudadan${S}) (?:${DEMONYM_NOUNS_ES})`,
  ),
  events: w(
    `rescat${S}|liberad${S}|liberó|liberaron|detenid${S}|detuvo|detuvieron|arrestad${S}|desarticul${S}|desmantel${S}|condenad${S}|imputad${S}|encontrad${S}|hallad${S}|escap${S}|huyeron|denunci${S}|deportad${S}|repatriad${S}|intervenid${S}|captur${S}|aprehendi${S}|fiscaliz${S}|detect(?:ó|aron)|hall(?:a|an|ó|aron)|conden(?:a|an|ó|aron)|allan${S}|destap${S}|descubr(?:e|en|ió|ieron)`,
  ),
  statistics: [
    w(`\\d+(?:,\\d+)? ?%|por ciento`),
    w(
      `(?:según|de acuerdo con) (?:\\p{L}+ ){0,3}(?:datos|informe|estudio|encuesta|balance)|informe|estudio|encuesta|índice|balance|memoria`,
    ),
    w(`(?:en|desde|durante|hasta) (?:19|20)\\d\\d|el año pasado|cada año|al año|anualmente|este año`),
    w(`en todo el (?:país|mundo)|en el mundo|comunidades autónomas|provincias|ranking|lidera${S}`),
    w(`\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)? (?:mil|millones|millón)`),
  ],
  workplace: w(
    `finca${S}|explotaci(?:ón|ones) agrícola${S}|campo${S}|invernadero${S}|taller${S}|fábrica${S}|obra${S}|vendimia|cosecha|recogida|empresa${S}|empleador${S}|patr(?:ón|ones)|salario${S}|sueldo${S}|nave${S}|granja${S}|restaurante${S}`,
  ),
  statisticsTitle: w(
    `\\d+(?:,\\d+)? (?:mil|millones)|índice|informe|estudio|encuesta|estadístic${S}|ranking|balance|número de|aument${S} \\d+|récord|tendencias`,
  ),
};

export const PERPETRATOR_CUES_ES = new RegExp(
  w(
    alt([
      `detenid${S}`,
      `detuv${S}`,
      `arrestad${S}`,
      `imputad${S}`,
      `acusad${S}`,
      `sospechos${S}`,
      `condenad${S}`,
      // A ruling in the active voice names the accused as its object: 'condenó a X a ocho años'.
      `conden(?:ó|aron)`,
      `procesad${S}`,
      `investigad${S}`,
      `dueñ${S}`,
      `propietari${S}`,
      `empleador${S}`,
      `patr(?:ón|ones|ona)`,
      `cabecilla${S}`,
      `responsable${S}`,
      `regentaba${S}`,
    ]),
  ),
  'iu',
);
