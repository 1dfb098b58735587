// The ILO indicators of forced labour in Spanish news, written for this project from the wording of Spanish and
// Latin American police and labour-inspection reports ("jornadas de 12 horas", "hacinados", "les retenían la
// documentación", "deuda por el viaje"). Most telling first; every source is bounded (../romance/common.ts).
import type { IndicatorId } from '../../../lib/types.js';
import { S, w } from '../romance/common.js';

export const INDICATORS_ES: Record<IndicatorId, string[]> = {
  abuse_of_vulnerability: [
    w(
      `vulnerabilidad|vulnerable${S}|situación (?:administrativa )?irregular|sin papeles|sin documentación|indocumentad${S}|necesidad económica|aprovech${S} (?:de )?(?:su|la) (?:situación|necesidad|vulnerabilidad)|extrema pobreza|pobreza extrema`,
    ),
    // No permit to work or stay ("carecían de permiso de trabajo").
    w(
      `(?:carecían|carecía|carecen|carece|no tenían|no tenía|no contaban con|no contaba con) (?:de )?(?:\\p{L}+ )?(?:permisos?|autorización|autorizaciones) de (?:trabajo|residencia)`,
    ),
  ],
  deception: [
    w(
      `engañ${S}|promesas? de (?:\\p{L}+ ){0,3}(?:contratos?|puestos?)|falsas? promesas?|promesas? de (?:\\p{L}+ ){0,3}(?:trabajo|empleo|sueldo|salario)|prometi(?:eron|ó|ían|endo) (?:\\p{L}+ ){0,4}(?:trabajo|empleo|sueldo|salario|contrato|papeles)|captad${S}|captaba${S}|captación|ofertas? (?:\\p{L}+ ){0,2}(?:de )?(?:trabajo|empleo)|ofrecían (?:\\p{L}+ ){0,3}(?:trabajo|empleo)`,
    ),
  ],
  restriction_of_movement: [
    w(
      `no (?:podían|podía|les dejaban|les permitían|tenían permitido) (?:salir|marcharse|irse|abandonar)|(?:tenían|tenía) prohibido salir|prohibid${S} (?:salir|abandonar)|control y vigilancia|férreo control|encerrad${S}|vigilad${S}|custodiad${S}|privad${S} de (?:la )?libertad|impedían (?:\\p{L}+ ){0,2}(?:salir|marcharse)|bajo llave|control (?:absoluto|total) (?:de|sobre) (?:sus|los) movimientos|restricción (?:de|a) (?:la )?libertad|escap${S}|huy${S}|fuga`,
    ),
    // Forbidden to leave by the employer ("les prohibían salir de las casas").
    w(`(?:les |le )?prohib(?:ían|ía|ieron|ió|en|e) (?:\\p{L}+ ){0,2}(?:salir|abandonar|marcharse|irse)`),
    // Not let out, as an excuse or a purpose ("servía de excusa para no dejarlos salir", "no los dejaban salir").
    w(
      `no (?:dejarl[oa]s|dejarles|l[oa]s dejaban|les dejaban|l[oa]s dejaron) (?:\\p{L}+ ){0,2}(?:salir|irse|marcharse)`,
    ),
  ],
  isolation: [
    w(
      `aislad${S}|aislamiento|(?:zona|lugar|paraje|finca) (?:\\p{L}+ )?(?:aislad${S}|remot${S}|apartad${S})|incomunicad${S}|sin (?:contacto|comunicación)|(?:teléfonos|móviles) (?:\\p{L}+ ){0,2}(?:retenid${S}|quitad${S})`,
    ),
  ],
  physical_and_sexual_violence: [
    w(
      `golpead${S}|golpes|agredid${S}|agresi(?:ón|ones) (?:física${S}|sexual${S})|palizas?|violencia (?:física|sexual)|abus${S} sexual${S}|violad${S}|violación|maltrato físico|torturad${S}`,
    ),
  ],
  intimidation_and_threats: [
    w(
      `amenaz${S}|intimid${S}|coacci${S}|coaccionad${S}|miedo a (?:represalias|denunciar)|bajo amenaza|armas? de fuego`,
    ),
  ],
  retention_of_identity_documents: [
    w(
      `(?:retenía${S}|retuvieron|retenid${S}|quitaba${S}|quitaron|requisaba${S}|requisad${S}|confiscad${S}|se quedaba${S} con|se quedaron con|custodiaba${S}) (?:\\p{L}+ ){0,4}(?:documentación|documentos|pasaportes?|DNI|papeles)|(?:documentación|pasaportes?|documentos) (?:\\p{L}+ ){0,3}(?:retenid${S}|requisad${S}|confiscad${S})|(?:retención|confiscación|requisa) (?:de )?(?:sus |la |los |su )?(?:documentos|documentación|pasaportes?|DNI)`,
    ),
  ],
  withholding_of_wages: [
    w(
      `sin (?:cobrar|sueldo|salario|pago|remuneración)|no (?:les )?(?:pagaba${S}|pagaron|pagó|cobraban|cobraron|recibían|abonaba${S})(?: \\p{L}+){0,2}(?: (?:remuneración|sueldo|salario))?|salarios? (?:impagad${S}|retenid${S}|de miseria|muy inferior${S})|nunca cobraron|(?:cobraban|percibían|pagaban) (?:\\p{L}+ ){0,3}\\d+ euros (?:al|por) (?:mes|día|hora)|por debajo del (?:salario )?mínimo|\\d+ euros (?:al|por) (?:día|hora)|impago${S}`,
    ),
    // Paid less than agreed ("cobraban menos de lo pactado").
    w(
      `(?:cobra${S}|pagad${S}|pagaba${S}) (?:\\p{L}+ ){0,2}menos de lo (?:acordado|pactado|estipulado|prometido|debido)`,
    ),
    // Neither eating nor paid ("sin comer ni cobrar").
    w(`sin \\p{L}+ ni (?:cobrar|sueldo|salario|paga)`),
  ],
  debt_bondage: [
    w(
      `deuda${S}|endeudad${S}|servidumbre por deudas|descontaba${S} (?:\\p{L}+ ){0,4}(?:sueldo|salario)|(?:les )?cobraba${S} (?:\\p{L}+ ){0,3}(?:el viaje|el alojamiento|la comida|el transporte)|pagar (?:el|su) (?:viaje|traslado|alojamiento)`,
    ),
    // Charged for the trip, lodging or board ("les cobraban conceptos desorbitados por el traslado").
    w(
      `cobr(?:a|aba|aban|aron|an|ó) (?:\\S+ ){0,5}(?:por|de) (?:el |la |los |las |su |sus )?(?:viaje|traslado|alojamiento|comida|manutención|transporte|vivienda|papeles)`,
    ),
  ],
  abusive_working_and_living_conditions: [
    w(
      `condiciones (?:infrahumanas|inhumanas|deplorables|precarias|insalubres|indignas|lamentables|de hacinamiento|degradantes)|hacinad${S}|hacinamiento|insalubr${S}|sin (?:agua|luz|baños?|aseos?|ventilación|medidas de seguridad)|infravivienda${S}|chabolas?|naves? (?:abandonad${S}|sin)|dormían en el suelo|colchones en el suelo|precarias condiciones`,
    ),
    // Degrading housing and hygiene as a kind.
    w(
      `(?:vivienda${S}|alojamiento${S}|habitacion${S}|habitación|pisos?|naves?) (?:\\p{L}+ ){0,2}(?:insalubres?|precari${S}|degradantes?|ruinos${S}|sin (?:luz|agua|ventilación)|abarrotad${S}|sobreocupad${S})|(?:higiénic${S}|higiénico-sanitari${S})|falta de higiene|colch(?:ón|ones)|(?:dormían|vivían|residían|alojad${S}) (?:\\p{L}+ ){0,2}en (?:una |unas |un |unos )?(?:caravanas?|contenedores?|almacenes?|almacén|cuadras?|establos?|barracones?|chabolas?|naves?|garajes?)`,
    ),
  ],
  excessive_overtime: [
    w(
      `jornadas? (?:laborales |de trabajo )?(?:extenuantes|interminables|abusivas|maratonianas|de (?:hasta |más de )?\\d+ horas)|\\d+ horas (?:al|diarias|seguidas|por) (?:día|jornada)?|(?:sin|ningún) (?:día de )?descanso|de sol a sol|los siete días de la semana|\\d+ horas diarias|horas extra (?:sin|no) (?:pagar|remunerad${S})`,
    ),
    // Hours per week past sixty, ranges of hours with words or dashes, no weekly rest.
    w(
      `(?:[6-9]\\d|1\\d\\d|sesenta|setenta|ochenta|noventa) horas (?:(?:a la|por|cada|de trabajo a la) semana|semanales)|entre (?:\\d+|diez|once|doce|trece) y (?:1[2-9]|2[0-4]|doce|trece|catorce|quince|dieciséis|diecisiete|dieciocho) horas|(?:1\\d|2[0-4]) ?[-–] ?(?:1[2-9]|2[0-4]) horas|(?:de (?:hasta |más de )?)?(?:doce|trece|catorce|quince|dieciséis|diecisiete|dieciocho) horas (?:al día|diarias|seguidas|por día|de trabajo|de jornada|sin)|jornadas? (?:laborales |de trabajo )?de (?:hasta |más de )?(?:doce|trece|catorce|quince|dieciséis|diecisiete|dieciocho) horas|(?:sin|ningún|privad${S} de|sin derecho a) (?:\\p{L}+ ){0,2}descanso|descanso semanal|sin (?:días? libres?|vacaciones|libranza)|jornadas? (?:\\p{L}+ ){0,2}(?:superiores|por encima) (?:a|de) (?:las )?(?:\\d+|la legal|lo legal)`,
    ),
    // More hours than agreed ("más horas de las pactadas").
    w(`más horas de las (?:\\p{L}+ ){0,2}(?:pactadas|acordadas|establecidas|estipuladas|contratadas|permitidas)`),
  ],
};
