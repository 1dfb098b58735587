// Relevance breadth for Spanish (Spain and Latin America): incidents told in the words of the Guardia Civil and
// Policía Nacional, the Inspección de Trabajo, Argentina's PROTEX and talleres clandestinos, Mexico's jornaleros and
// enganchadores, Peru's SUNAFIL and Chile's Dirección del Trabajo; with traps (slaves of fashion, forced to resign,
// sex-only trafficking, colonial history) and related pieces. Short invented articles, never text from real pages.
import { checkRelevanceRows, type RelevanceRow } from './relevance-rows.js';

type Row = RelevanceRow;

const ROWS: Row[] = [
  // Argentina: a clandestine sweatshop, PROTEX, Bolivian seamstresses living in the workshop.
  [
    'incident',
    'Allanan un taller textil clandestino en Flores: 19 costureros vivían encerrados',
    'La Policía de la Ciudad allanó un taller textil clandestino en el barrio de Flores, donde 19 costureros de nacionalidad boliviana trabajaban hasta 16 horas diarias y dormían en el mismo lugar. La causa, impulsada por la PROTEX, investiga el delito de trata con fines de explotación laboral.',
  ],
  // Mexico: jornaleros agrícolas rescued from a ranch; enganchador.
  [
    'incident',
    'Rescatan a 70 jornaleros agrícolas retenidos en un rancho de Baja California',
    'Elementos de la Fiscalía General del Estado rescataron a 70 jornaleros, entre ellos 12 menores, que eran retenidos en un rancho donde les descontaban la comida de su salario y no los dejaban salir. El enganchador que los trasladó desde Guerrero fue detenido.',
  ],
  // Spain: Guardia Civil operation against a gang exploiting fruit pickers (temporeros) — verb "explotaban".
  [
    'incident',
    'La Guardia Civil desarticula una red que explotaba a temporeros en Lleida',
    'Agentes de la Guardia Civil han desarticulado una organización que explotaba a temporeros extranjeros en la recogida de fruta. Los trabajadores pagaban por el alojamiento y el transporte y recibían apenas dos euros la hora. Hay cuatro detenidos.',
  ],
  // Labour inspection finds workers without contracts housed in huts (chabolas), documents withheld.
  [
    'incident',
    'La Inspección de Trabajo destapa un caso de semiesclavitud en un invernadero',
    'Una actuación conjunta de la Inspección de Trabajo y la Policía Nacional ha permitido liberar a 11 trabajadores marroquíes que malvivían en chabolas junto a un invernadero de Almería. El empresario les retenía los pasaportes y les obligaba a trabajar de sol a sol sin contrato.',
  ],
  // Peru: SUNAFIL and the police, child labour in a brick kiln.
  [
    'incident',
    'Sunafil halla a niños trabajando en ladrilleras de Cusco',
    'Inspectores de la Sunafil y la Policía Nacional del Perú hallaron a nueve niños de entre 8 y 14 años trabajando en ladrilleras artesanales de Cusco, cargando adobes durante más de diez horas. Los dueños de los hornos fueron denunciados ante la Fiscalía.',
  ],
  // Colombia / Venezuela: recruitment fraud abroad, trafficking for forced labour in a mine.
  [
    'incident',
    'Capturan a reclutador que llevó a venezolanos a trabajar en una mina ilegal',
    'La Fiscalía capturó a un hombre señalado de captar con falsas ofertas de empleo a 15 venezolanos a quienes llevaba a una mina ilegal en Antioquia, donde los obligaban a trabajar sin paga y bajo amenazas de grupos armados.',
  ],
  // Court ruling: sentenced for labour exploitation of a domestic worker (empleada del hogar).
  [
    'incident',
    'Condenan a un matrimonio por tener a una empleada del hogar trabajando sin sueldo durante diez años',
    'La Audiencia Provincial ha condenado a cuatro años de prisión a un matrimonio que mantuvo a una empleada del hogar paraguaya trabajando sin descanso y sin salario durante una década. La sentencia considera probado que le retiraron el pasaporte y le impedían salir de la vivienda.',
  ],
  // Chile: Dirección del Trabajo and PDI find foreign workers in a farm, unpaid.
  [
    'incident',
    'PDI y Dirección del Trabajo fiscalizan fundo con trabajadores sin pago',
    'Una fiscalización de la Dirección del Trabajo y la PDI en un fundo de la Región de O Higgins detectó a 23 trabajadores extranjeros que llevaban dos meses sin recibir remuneraciones y vivían hacinados en contenedores. La Fiscalía abrió una investigación por trata de personas.',
  ],
  // Fishing vessel: crew abandoned in port, wages owed (Spanish maritime news).
  [
    'incident',
    'Tripulantes de un pesquero abandonado llevan nueve meses sin cobrar',
    'Los 14 tripulantes indonesios de un pesquero amarrado en el puerto de Las Palmas denuncian que el armador no les paga desde hace nueve meses y que les tiene retenidos los pasaportes. La ITF ha pedido a las autoridades que intervengan.',
  ],
  // Spain: victims of labour trafficking recruited through social networks, arrests in several provinces.
  [
    'incident',
    'Detenidos cinco miembros de una banda que captaba trabajadores en Colombia para explotarlos en Madrid',
    'La Policía Nacional ha detenido a cinco personas acusadas de captar a trabajadores colombianos con promesas de empleo y papeles para después explotarlos en obras de Madrid. Las víctimas debían pagar una deuda de 3.000 euros y trabajaban doce horas diarias.',
  ],
  // Guatemala / Central America: forced begging of children.
  [
    'incident',
    'Rescatan a niños obligados a mendigar en la capital',
    'La Policía Nacional Civil rescató a seis niños que eran obligados a pedir limosna en semáforos de la zona 1 y entregar lo recaudado a una mujer que fue aprehendida. La Procuraduría General de la Nación se hizo cargo de los menores.',
  ],
  [
    'related',
    'El Gobierno aprueba el anteproyecto de ley integral contra la trata',
    'El Consejo de Ministros ha aprobado el anteproyecto de ley orgánica integral contra la trata y la explotación de seres humanos, que incluye el trabajo forzoso y la servidumbre como delitos autónomos.',
  ],
  [
    'related',
    'La OIT alerta: 160 millones de niños en trabajo infantil',
    'Según un informe de la OIT y Unicef, 160 millones de niños en el mundo realizan trabajo infantil, y casi la mitad en trabajos peligrosos.',
  ],
  [
    'related',
    'Opinión: la esclavitud moderna en nuestras cadenas de suministro',
    'Las empresas deberían revisar sus cadenas de suministro para evitar el trabajo forzoso. La diligencia debida no puede seguir siendo voluntaria.',
  ],
  [
    'unrelated',
    'Esclavos del móvil: los jóvenes pasan siete horas al día frente a la pantalla',
    'Un estudio revela que los adolescentes pasan siete horas al día pegados al teléfono y que muchos se sienten esclavos del móvil.',
  ],
  [
    'unrelated',
    'El ministro, obligado a dimitir tras el escándalo',
    'El ministro de Transportes se ha visto obligado a dimitir tras conocerse las grabaciones, según fuentes del partido.',
  ],
  [
    'unrelated',
    'Liberadas 8 mujeres explotadas sexualmente en un club de alterne',
    'La Policía Nacional ha liberado a ocho mujeres víctimas de trata con fines de explotación sexual en un club de alterne de Murcia, donde eran obligadas a prostituirse para saldar una deuda.',
  ],
  [
    'unrelated',
    'Una exposición recuerda la trata atlántica de esclavos',
    'El museo inaugura una exposición sobre la trata atlántica de esclavos en los siglos XVII y XVIII y los barcos negreros que partían de Cádiz.',
  ],
  // Second batch: other regions and phrasings.
  [
    'incident',
    'Liberan a 40 personas obligadas a trabajar en un centro de rehabilitación',
    'Agentes de la Fiscalía del Estado liberaron a 40 personas que permanecían privadas de la libertad en un anexo de rehabilitación, donde eran obligadas a elaborar piñatas y vender dulces sin recibir pago. Los encargados fueron detenidos.',
  ],
  [
    'incident',
    'Destapan una trama de mano de obra esclava en la vendimia',
    'La Ertzaintza ha detenido a dos empresarios por utilizar mano de obra esclava en la vendimia de Rioja Alavesa. Los temporeros, de origen senegalés, dormían en un local sin agua y cobraban dos euros la hora.',
  ],
  [
    'incident',
    'Braceros haitianos denuncian que no pueden salir del batey',
    'Un grupo de braceros haitianos de un ingenio azucarero denunció ante el Ministerio de Trabajo que el capataz les retiene los documentos y les paga con vales que solo sirven en la bodega de la empresa.',
  ],
  [
    'incident',
    'Procesan a los dueños de un aserradero por reducción a servidumbre',
    'El juez federal procesó con prisión preventiva a los dueños de un aserradero de Misiones acusados de reducir a servidumbre a 11 peones paraguayos que vivían en ranchos de nailon y cobraban en mercadería.',
  ],
  [
    'incident',
    'Trabajadoras del hogar indígenas rescatadas en Guatemala',
    'La PNC rescató a tres adolescentes indígenas que trabajaban como empleadas domésticas en una vivienda de la capital sin salario y sin permiso para salir. La empleadora fue aprehendida por el delito de trata de personas en la modalidad de trabajo forzado.',
  ],
  [
    'related',
    'México presenta su programa nacional contra la trata',
    'El gobierno federal presentó el programa nacional para prevenir la trata de personas, que contempla acciones contra el trabajo forzoso en el campo.',
  ],
  [
    'unrelated',
    'Las FARC y el reclutamiento de menores en el conflicto',
    'Un informe de la Comisión de la Verdad documenta el reclutamiento de menores por grupos armados durante el conflicto.',
  ],
  [
    'unrelated',
    'El entrenador obliga a sus jugadores a trabajar el doble en la pretemporada',
    'El nuevo entrenador del club obligó a la plantilla a trabajar el doble en la pretemporada para preparar la liga.',
  ],
  // Third batch: look-alikes of the new cues (fraud of buyers, disaster rescues, baby sales, school gardens).
  [
    'incident',
    'Una familia retenía a una mujer boliviana como trabajadora doméstica sin sueldo',
    'La Policía Nacional ha liberado a una mujer boliviana que trabajaba como interna para una familia de Valencia sin cobrar desde hacía cinco años. Los investigados le habían quitado el pasaporte y no le permitían salir sola.',
  ],
  [
    'incident',
    'Operativo en una maquila: 50 trabajadoras encerradas con candado',
    'Inspectores de la Secretaría del Trabajo encontraron a 50 trabajadoras encerradas con candado dentro de una maquila textil durante su jornada de 14 horas. La empresa fue clausurada y su gerente detenido.',
  ],
  [
    'unrelated',
    'Rescatan a 20 personas atrapadas por las inundaciones',
    'Bomberos rescataron a 20 personas atrapadas en sus viviendas por las inundaciones en el barrio del río.',
  ],
  [
    'unrelated',
    'Los niños trabajando en el huerto escolar',
    'Los niños de primaria pasaron la mañana trabajando en el huerto escolar, donde aprendieron a plantar tomates.',
  ],
  // Latin American "trabajo forzado" (singular) and debt peonage.
  [
    'incident',
    'Rescatan a 9 indígenas sometidos a trabajo forzado en una finca cafetalera',
    'El Ministerio Público rescató a nueve indígenas q’eqchi’ que eran sometidos a trabajo forzado en una finca cafetalera de Alta Verapaz. Los trabajadores estaban atrapados en un sistema de peonaje por deudas con el finquero.',
  ],
];

checkRelevanceRows('es', ROWS);
