// Spanish pack: invented reports of raids and rescues in Spain and Latin America, and the traps of the language.
import { runTable, type Case } from './lang-romance-table.js';

const CASES: Case[] = [
  {
    name: 'raid on a farm, number words, nationalities, indicators',
    title: 'Liberados diecisiete jornaleros explotados en una finca de Lorca',
    text: 'La Guardia Civil ha liberado a diecisiete jornaleros marroquíes que trabajaban en condiciones de esclavitud en una finca de Lorca, en Murcia, el pasado martes. Los trabajadores vivían hacinados en una nave sin agua ni luz y cumplían jornadas de 12 horas sin descanso. El empresario les retenía la documentación y les descontaba del sueldo el alojamiento. Dos personas han sido detenidas.',
    published: '2024-03-08',
    label: 'incident',
    count: 17,
    nationalities: ['MA'],
    country: 'ES',
    place: 'Lorca',
    date: '2024-03-05',
    indicators: [
      'abusive_working_and_living_conditions',
      'excessive_overtime',
      'retention_of_identity_documents',
      'debt_bondage',
    ],
  },
  {
    name: 'digits, minors, "procedentes de"',
    title: 'Rescatan a 31 personas de un taller textil clandestino en Buenos Aires',
    text: 'La policía rescató a 31 personas procedentes de Bolivia y Paraguay de un taller textil clandestino de Confecciones Alborada S.A. en el barrio de Flores, en Buenos Aires. Entre ellos había cinco menores. Los costureros no cobraban sueldo y no podían salir del taller.',
    label: 'incident',
    count: 31,
    minors: 5,
    businesses: ['Confecciones Alborada S.A.'],
    nationalities: ['BO', 'PY'],
    country: 'AR',
    indicators: ['withholding_of_wages', 'restriction_of_movement'],
  },
  {
    name: 'approximate count ("una treintena de")',
    title: 'Desarticulada una red que explotaba laboralmente a migrantes en la vendimia',
    text: 'La Policía Nacional ha desarticulado una red que explotaba laboralmente a una treintena de trabajadores rumanos en la vendimia en Valdepeñas. Los temporeros cobraban dos euros la hora y eran amenazados si se quejaban.',
    label: 'incident',
    count: 30,
    nationalities: ['RO'],
    country: 'ES',
    indicators: ['intimidation_and_threats'],
  },
  {
    name: "nationalities of the police and of the arrested are not the victims'",
    title: 'Rescatan a 15 paraguayos explotados en un campo de Misiones',
    text: 'Agentes de la Policía Federal Argentina rescataron a 15 trabajadores paraguayos que eran explotados laboralmente en un campo de Misiones. Según el Ministerio de Seguridad argentino, los peones no cobraban sueldo. Los agentes detuvieron a dos hombres de nacionalidad argentina.',
    label: 'incident',
    count: 15,
    nationalities: ['PY'],
    country: 'AR',
  },
];

const TRAPS: Case[] = [
  {
    name: 'fashion: "esclavo de la moda"',
    title: 'Cinco tendencias para no ser esclavo de la moda',
    text: 'Los expertos explican cómo dejar de ser esclavo de la moda esta primavera. Las tendencias de la pasarela vuelven a los colores suaves.',
    label: 'unrelated',
  },
  {
    name: 'politics: "obligado a dimitir"',
    title: 'El ministro, obligado a dimitir',
    text: 'El ministro se vio obligado a dimitir tras la polémica. Es el tercer miembro del gobierno que dimite este año.',
    label: 'unrelated',
  },
  {
    name: 'drug trafficking',
    title: 'Detenidos 14 narcotraficantes',
    text: 'La Guardia Civil ha detenido a 14 personas por tráfico de drogas en Algeciras. Los agentes intervinieron 2.000 kilos de hachís.',
    label: 'unrelated',
  },
  {
    name: 'football',
    title: 'El entrenador pide trabajos forzados',
    text: 'El entrenador bromeó con que la pretemporada serán trabajos forzados para la plantilla. El equipo jugará su primer partido de liga el sábado.',
    label: 'unrelated',
  },
];

runTable('es', [...CASES, ...TRAPS]);
