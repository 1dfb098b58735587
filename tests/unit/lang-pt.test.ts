// Portuguese pack: invented reports of rescues (Brazil's art. 149 vocabulary), and the traps of the language.
import { runTable, type Case } from './lang-romance-table.js';

const CASES: Case[] = [
  {
    name: 'rescue on a farm, digits, legal terms → indicators',
    title: 'Fiscalização resgata 23 trabalhadores em condição análoga à escravidão em Unaí',
    text: 'Auditores-fiscais do Trabalho resgataram 23 trabalhadores em situação análoga à de escravo em uma fazenda de café em Unaí, em Minas Gerais, na última terça-feira. Segundo a fiscalização, eles cumpriam jornada exaustiva de 14 horas por dia e viviam em condições degradantes, sem água potável. A fazenda pertence à Cafés Serra Verde Ltda. O empregador descontava do salário a comida e as ferramentas, o que mantinha os trabalhadores em servidão por dívida. Havia restrição de locomoção: os documentos ficavam retidos com o gerente.',
    published: '2024-03-08',
    label: 'incident',
    count: 23,
    country: 'BR',
    place: 'Unaí',
    date: '2024-03-05',
    businesses: ['Cafés Serra Verde Ltda.'],
    indicators: [
      'excessive_overtime',
      'abusive_working_and_living_conditions',
      'debt_bondage',
      'restriction_of_movement',
      'retention_of_identity_documents',
    ],
  },
  {
    name: 'number words, minors, nationality from demonyms',
    title: 'Polícia liberta dezessete bolivianos de oficina de costura em São Paulo',
    text: 'A Polícia Federal libertou dezessete bolivianos que trabalhavam em condições análogas à escravidão em uma oficina de costura na zona leste de São Paulo. Entre eles, três adolescentes. Os costureiros não recebiam salário havia meses e dormiam no chão da oficina.',
    label: 'incident',
    count: 17,
    minors: 3,
    nationalities: ['BO'],
    country: 'BR',
    indicators: ['withholding_of_wages', 'abusive_working_and_living_conditions'],
  },
  {
    name: 'compound number words and "from X" in Portuguese',
    title: 'Trinta e cinco imigrantes resgatados no Alentejo',
    text: 'A GNR resgatou trinta e cinco trabalhadores vindos do Nepal e da Índia numa exploração agrícola perto de Beja, vítimas de exploração laboral. Os imigrantes viviam em contentores sobrelotados e tinham os passaportes retidos pelo patrão.',
    label: 'incident',
    count: 35,
    nationalities: ['IN', 'NP'],
    country: 'PT',
    indicators: ['retention_of_identity_documents'],
  },
];

const TRAPS: Case[] = [
  {
    name: 'sport: "trabalho forçado" of a team',
    title: 'Seleção faz trabalho forçado antes da estreia na Copa',
    text: 'O técnico comandou um treino puxado e chamou a sessão de trabalho forçado. Os jogadores treinaram duas horas no campo da Granja Comary antes do jogo de domingo.',
    label: 'unrelated',
  },
  {
    name: 'metaphor: "escravo da moda"',
    title: 'Ele é escravo da moda',
    text: 'O cantor disse que já foi escravo da moda e do celular. Hoje prefere roupas simples e desliga o telefone à noite.',
    label: 'unrelated',
  },
  {
    name: 'politics: forced to resign',
    title: 'Ministro é forçado a renunciar',
    text: 'O ministro foi forçado a renunciar ao cargo após denúncias de corrupção. O presidente aceitou o pedido nesta segunda-feira.',
    label: 'unrelated',
  },
  {
    name: 'drug trafficking',
    title: 'PF prende 12 por tráfico de drogas',
    text: 'A Polícia Federal prendeu 12 pessoas suspeitas de tráfico de drogas em uma operação em Santos. Foram apreendidos 300 quilos de cocaína.',
    label: 'unrelated',
  },
  {
    name: 'history of abolition',
    title: 'Museu lembra a Lei Áurea',
    text: 'A exposição lembra a abolição da escravatura em 1888 e os navios negreiros que trouxeram africanos escravizados ao Brasil colonial.',
    label: 'unrelated',
  },
];

runTable('pt', [...CASES, ...TRAPS]);
