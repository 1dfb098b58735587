// Spanish relevance lexicon and case cues. Written for this project from the vocabulary of Spain's Código Penal
// (art. 177 bis trata de seres humanos, art. 311–312 delitos contra los derechos de los trabajadores, art. 607 bis
// esclavitud), Argentina's ley 26.364 (trata, reducción a servidumbre), Mexico's ley general en materia de trata, and
// Spanish-language news of rescues and raids. Every pattern is bounded (../romance/common.ts).
import type { CaseCues } from '../../data/lexicons/relevance-cases.js';
import type { RelevanceLexicon } from '../../data/lexicons/types.js';
import { S, alt, w } from '../romance/common.js';
import { DEMONYM_NOUNS_ES, VICTIM_NOUNS_ES } from './victims.js';

const NUM = `\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\\p{L}+|veinte|veinti\\p{L}+|treinta|cuarenta|cincuenta|cien|decenas de|centenares de|una (?:decena|docena|veintena|treintena) de|un centenar de`;

export const RELEVANCE_ES: RelevanceLexicon = {
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
    [w(`sin (?:cobrar|sueldo|salario|pago)|salarios? (?:de miseria|impagad${S})`), 1],
  ],
  events: [
    [
      w(
        `rescat${S}|liberad${S}|liberó|liberaron|detenid${S}|detuvo|detuvieron|arrest${S}|desarticul${S}|desmantel${S}|allan${S}|redada${S}|operativo|operación|intervenid${S}|condenad${S}|imputad${S}|procesad${S}|encontrad${S}|hallad${S}|escap${S}|huy${S}|denunci${S}|clausur${S}|sancionad${S}|multad${S}`,
      ),
      1,
    ],
    [w(`inspección|juicio|sentencia|prisión provisional|a disposición judicial`), 1],
  ],
  incident: [
    [
      w(
        `policía${S}|Guardia Civil|Policía Nacional|Mossos|Ertzaintza|agentes|fiscal${S}|juez${S}|jueza|Inspección de Trabajo|Gendarmería|Ministerio Público`,
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
    w(`(?:obligad${S}|forzad${S}) a (?:dimitir|renunciar|retirarse|abandonar|jugar|cambiar)|dimisi${S} forzad${S}`),
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
        `sin (?:cobrar|sueldo|salario|pago|remuneración)|no (?:les )?(?:pagaba${S}|pagaron|cobraban|recibían)|salarios? (?:impagad${S}|retenid${S}|de miseria)|nunca cobraron|cobraban (?:\\p{L}+ ){0,3}\\d+ euros`,
      ),
    ],
    [
      'documents',
      w(
        `(?:retenía${S}|retuvieron|retenid${S}|quitaba${S}|quitaron|requisaba${S}|confiscad${S}|se quedaba${S} con) (?:\\p{L}+ ){0,3}(?:documentación|documentos|pasaportes?|DNI|papeles)|documentación (?:\\p{L}+ ){0,2}(?:retenida|requisada)`,
      ),
    ],
    [
      'movement',
      w(
        `no (?:podían|podía|les dejaban|les permitían) (?:salir|marcharse|irse|abandonar)|encerrad${S}|vigilad${S}|custodiad${S}|privad${S} de libertad|impedían (?:\\p{L}+ ){0,2}salir|bajo llave`,
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
  group: w(
    `(?:${NUM}|más de \\d+|al menos \\d+|unos \\d+|unas \\d+) (?:\\p{L}+ ){0,2}(?:${VICTIM_NOUNS_ES}|${DEMONYM_NOUNS_ES})`,
  ),
  nationalityGroup: w(
    `(?:trabajador${S}|jornaler${S}|temporer${S}|inmigrantes?|migrantes?|personas|hombres|mujeres|víctimas|ciudadan${S}) (?:${DEMONYM_NOUNS_ES})`,
  ),
  events: w(
    `rescat${S}|liberad${S}|liberó|liberaron|detenid${S}|detuvo|detuvieron|arrestad${S}|desarticul${S}|desmantel${S}|condenad${S}|imputad${S}|encontrad${S}|hallad${S}|escap${S}|huyeron|denunci${S}|deportad${S}|repatriad${S}|intervenid${S}`,
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
