// Portuguese relevance lexicon and case cues. Written for this project from the vocabulary of Brazil's penal code
// (art. 149 "redução a condição análoga à de escravo": trabalhos forçados, jornada exaustiva, condições
// degradantes, restrição de locomoção por dívida), art. 149-A (tráfico de pessoas), Portugal's Código Penal
// (art. 159/160, escravidão, tráfico de pessoas), and of Brazilian and Portuguese news on rescues.
// Every pattern is bounded by non-letters (see ../romance/common.ts); stems carry \p{L}* for their endings.
import type { CaseCues } from '../../data/lexicons/relevance-cases.js';
import type { DiscussedKind, RelevanceLexicon } from '../../data/lexicons/types.js';
import { S, alt, w } from '../romance/common.js';
import { DEMONYM_NOUNS_PT, VICTIM_NOUNS_PT } from './victims.js';

const NUM = `\\d+|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|treze|quatorze|catorze|quinze|dezesseis|dezessete|dezoito|dezenove|vinte|trinta|quarenta|cinquenta|cem|centenas de|dezenas de`;

const PEOPLE_PT = `${VICTIM_NOUNS_PT}|${DEMONYM_NOUNS_PT}`;

// Exploitation told by its verb, in either order: "rede que explorava imigrantes", "para explorá-los",
// "trabalhadores explorados".
const EXPLOITED_BY_VERB_PT = `explor(?:a|am|ava|avam|aram|ou|ar|ando)(?: a| os| as)?(?: \\p{L}+){0,3} (?:${PEOPLE_PT})|explorá-l[oa]s|(?:${PEOPLE_PT})(?: \\p{L}+){0,2} explorad${S}`;

// Trafficking of a named group ("tráfico de romenos para trabalhar", "tráfico de trabalhadores").
const TRAFFICKING_OF_PT = `tráfico de (?:${PEOPLE_PT})`;

// Held captive or kept at the workplace ("mantidos em cativeiro", "mantida na casa por décadas"), papers kept.
const CONFINED_PT = `cativeiro|mantid${S} (?:em|sob) (?:cativeiro|cárcere)|(?:ficava${S}|ficaram|ficavam) sem (?:os|as|seus|suas) (?:passaportes?|documentos)`;
const DOCUMENTS_KEPT_PT = `(?:retid${S}|retinha${S}|retiveram|reteve|apreend${S}|confiscad${S}|ficava${S} com|ficou com|tomaram|tomou) (?:\\p{L}+ ){0,3}(?:documentos|carteiras? de trabalho|passaportes?|CTPS)|(?:documentos|passaportes?|carteiras? de trabalho) (?:\\p{L}+ ){0,2}(?:retid${S}|apreendid${S}|confiscad${S})`;

// Children at work, found by inspectors ("crianças flagradas trabalhando", "adolescentes trabalhavam"), and child
// exploitation or forced begging.
// At a workplace, not in a school project.
const CHILD_WORKPLACES_PT = `casas? de farinha|carvoaria${S}|olaria${S}|lavoura${S}|roça${S}|fazenda${S}|feira${S}|lixão|lixões|semáforos?|ruas?|garimpo${S}|pedreira${S}|oficina${S}|fábrica${S}|comércio${S}|mercado${S}|colheita${S}|barco${S}|sítio${S}|plantaç${S}|canaviai${S}|sisal`;
const CHILD_LABOUR_PT = `(?:crianças|adolescentes|menores)(?: \\S+){0,5} (?:trabalhando|trabalhavam|trabalham) (?:\\p{L}+ ){0,3}(?:${CHILD_WORKPLACES_PT})|(?:crianças|adolescentes|menores)(?: \\S+){0,3} em situação de trabalho|exploração (?:infantil|de crianças|do trabalho infantil)|(?:obrigad|forçad)${S} a (?:mendigar|pedir esmola)`;

// Domestic servitude: decades of housework without pay or rest ("trabalho doméstico sem salário", "escravidão
// doméstica").
const DOMESTIC_SERVITUDE_PT = `doméstic${S}(?: \\S+){0,10} sem (?:salário|receber|remuneração|pagamento)|sem (?:salário|receber)(?: \\S+){0,2},? (?:e )?sem férias|(?:trabalho|serviço)${S} doméstico${S}(?: \\p{L}+){0,3} sem (?:salário|receber|remuneração|pagamento|folgas?)|(?:escravidão|trabalho escravo) doméstic${S}|escravizad${S} (?:\\p{L}+ ){0,2}doméstic${S}`;

// Recruitment fraud: false job offers ("falsa oferta de emprego", "falsas promessas de trabalho"), forced to run
// online scams, the recruiter (angariador, aliciador) and labour brokers (gato, "empreiteiro").
const RECRUITMENT_FRAUD_PT = `(?:fals${S}|enganos${S}) (?:ofertas?|propostas?|promessas?) de (?:emprego|trabalho)|(?:ofertas?|propostas?|promessas?) de (?:emprego|trabalho)(?: \\p{L}+)? (?:fals${S}|enganos${S}|inexistentes?)|angariador${S}|aliciador${S}`;
const FORCED_TO_DEFRAUD_PT = `(?:obrigad|forçad|coagid)${S} a (?:aplicar|praticar|cometer|dar) (?:golpes|fraudes|crimes)|complexo${S} de golpes`;

// Pay kept by the employer ("lhes ficavam com o salário", "não recebiam salário há três meses").
const UNPAID_PT = `entrega(?:va|vam) (?:\\p{L}+ ){0,2}salário|(?:ficava${S}|ficavam|ficou) com o${S} salário${S}|não recebiam (?:\\p{L}+ )?(?:salário|pagamento)|sem receber (?:\\p{L}+ )?(?:salário|pagamento)`;

/** Cues of the topic discussed rather than a case told, by kind (weights: extractors/relevance-discussed.ts). */
const DISCUSSED_PT: [DiscussedKind, string][] = [
  // Norma jurídica em abstrato: pena futura, "quem submeter", o projeto que prevê ou entra em vigor.
  [
    'norm',
    w(
      `ser[áã]o? (?:punid|condenad|multad|sancionad|proibid)${S}|quem (?:submeter|obrigar|explorar|reduzir|aliciar)|entra(?:rá)? em vigor|o (?:projeto|texto|decreto) (?:prevê|segue|define|estabelece)`,
    ),
  ],
  [
    'definition',
    w(
      `^o que [ée]|o que [ée] (?:o )?trabalho|o que (?:diz|dizem|muda|prevê|se sabe)|[ée] caracterizad${S}|se caracteriza|como (?:denunciar|identificar|reconhecer)`,
    ),
  ],
  [
    'audit',
    w(
      `não (?:encontrou|constatou|identificou) (?:nenhum${S} )?(?:indícios|evidências|irregularidades|casos)|sem indícios de`,
    ),
  ],
  ['plan', w(`plano nacional|ser[ãa]o executad${S}|prevê aumentar|estratégia nacional`)],
  [
    'period',
    w(
      `(?:em|durante|ao longo de|no ano de|durante o ano de|em todo o ano de) 20\\d\\d|no ano passado|ao longo do ano|em rela[çc][ãa]o ao ano|por ano|a cada ano|desde 19\\d\\d`,
    ),
  ],
  ['share', `\\d+(?:[.,]\\d+)? ?(?:%|por cento)`],
  [
    'attribution',
    w(
      `(?:segundo|de acordo com) (?:\\p{L}+ ){0,3}(?:balan[çc]o|dados|relat[óo]rio|levantamento|estudo|estat[íi]sticas|pesquisa)|ranking`,
    ),
  ],
  ['total', w(`\\d{1,3}(?:\\.\\d{3})+(?! ?(?:euros?|€|reais|R\\$))|milhares de|milhões de|em \\d+ pa[íi]ses`)],
];

export const RELEVANCE_PT: RelevanceLexicon = {
  discussed: DISCUSSED_PT,
  topic: [
    [
      w(
        `trabalho${S} (?:escrav${S}|forçad${S})|(?:condiç(?:ão|ões)|situaç(?:ão|ões)|trabalho${S}) (?:análog${S}|semelhante${S}) (?:à|a|ao)s? (?:de )?escrav${S}|análog${S} (?:à|a|ao) (?:de )?escrav${S}|redução (?:a|à) condição análoga|(?:obrigad${S}|forçad${S}|coagid${S}) a trabalhar`,
      ),
      3,
    ],
    [
      w(
        `tráfico (?:de pessoas|de seres humanos|humano)|traficad${S} para (?:fins de )?(?:exploração|trabalho)|servidão por dívida${S}|trabalho${S} escravo${S} contemporâne${S}`,
      ),
      3,
    ],
    [
      w(
        `escravidão|escraviz${S}|servidão|exploração (?:laboral|do trabalho|de trabalhadores|de mão de obra|de imigrantes)|explorad${S} (?:\\p{L}+ ){0,2}(?:trabalhador${S}|imigrante${S}|migrante${S})`,
      ),
      2,
    ],
    [
      w(
        `jornada${S} exaustiva${S}|condiç(?:ão|ões) degradante${S}|cárcere privado|aliciad${S}|aliciamento|restrição (?:de|da) (?:locomoção|liberdade)`,
      ),
      2,
    ],
    [w(`trabalho infantil`), 2],
    [w(EXPLOITED_BY_VERB_PT), 2],
    [w(TRAFFICKING_OF_PT), 3],
    [w(`${CONFINED_PT}|${DOCUMENTS_KEPT_PT}`), 2],
    [w(CHILD_LABOUR_PT), 2],
    [w(DOMESTIC_SERVITUDE_PT), 2],
    [w(RECRUITMENT_FRAUD_PT), 2],
    [w(FORCED_TO_DEFRAUD_PT), 3],
    [w(UNPAID_PT), 1],
    // Portugal's offence of illegal labour brokering.
    [
      w(
        `angariação (?:ilegal )?de mão[- ]de[- ]obra|angaria(?:va|vam|r) (?:\\p{L}+ ){0,2}(?:imigrantes|trabalhadores)`,
      ),
      2,
    ],
    // Brazil: a rescue of workers is a rescue from slave-like labour; the mobile inspection group does only that.
    [
      w(
        `resgat${S}(?: \\p{L}+){0,3} (?:\\d+ )?(?:trabalhadores|peões|safristas|doméstic${S})|Grupo (?:Especial )?(?:de )?Fiscalização Móvel|GEFM`,
      ),
      2,
    ],
    // Degrading lodging and the company store (barracão, cantina with abusive prices): conditions and debt.
    [w(`amontoad${S}|sobrelotad${S}|água (?:de|do) (?:açude|córrego|rio|poço)|sem (?:banheiro|água potável)`), 1],
    [w(`cantina (?:do|da) (?:fazendeiro|patrão|empregador|fazenda)|barracão|preços abusivos`), 1],
    // "Obrigavam a trabalhar", "forçou a trabalhar": the finite verb of forced work.
    [w(`(?:obriga|força|forçou|obrigou)${S} a trabalhar`), 3],
    [w(`escrav[oa]s?`), 1],
    [w(`(?:sem|não) (?:receber|recebiam|recebia|pagamento|salário)|salários? atrasad${S}`), 1],
  ],
  events: [
    [
      w(
        `resgat${S}|libertad${S}|libertou|libertaram|flagrad${S}|flagrante|pres[oa]s?|prend${S}|detid${S}|autuad${S}|interditad${S}|condenad${S}|denunciad${S}|indiciad${S}|encontrad${S}|fugir${S}|fugiu|fugiram|multad${S}|deflagr${S}|cumpri${S} mandados?`,
      ),
      1,
    ],
    [w(`operação|fiscalização|ação civil pública|sentença|julgad${S}|ajuizad${S}`), 1],
    // Finite and Portuguese steps: condemns, identified, an inspection action (ação inspetiva), defendants (arguidos),
    // a trial, a network dismantled, a task force.
    [
      w(
        `conden(?:a|am|ou|aram)|identific(?:a|am|ou|aram|ad${S})|ação inspetiva|ações inspetivas|inspeç(?:ão|ões)|arguid${S}|julgamento|desmantel${S}|dete(?:ve|veram|ve)|detiveram|força-tarefa|flagr(?:a|am|ou|aram)|sinaliz${S}`,
      ),
      1,
    ],
  ],
  incident: [
    [
      w(
        `polícia${S}|PF|PRF|MPT|MTE|SIT|GEFM|DPU|Ministério Público|Ministério do Trabalho|auditor${S}[- ]fisca${S}|Auditoria-Fiscal|delegad${S}|Justiça|ACT|GNR|PSP|PJ|SEF|AIMA|Polícia Judiciária|tribunal`,
      ),
      0.5,
    ],
    [w(`(?:${NUM}) (?:\\p{L}+ ){0,2}(?:${VICTIM_NOUNS_PT}|${DEMONYM_NOUNS_PT})`), 1],
  ],
  related: [
    [
      w(
        `relatório|pesquisa|levantamento|estudo|estatístic${S}|índice|dados d${S}|lista suja|cadastro de empregadores|balanço|ranking|desde (?:19|20)\\d\\d|por ano|no mundo|em todo o país`,
      ),
      1,
    ],
    [
      w(
        `lei|projeto de lei|PEC|legislação|convenção|decreto|política pública|emenda|STF|Congresso|Câmara dos Deputados|Senado`,
      ),
      1,
    ],
    [w(`opinião|artigo|coluna|editorial|devemos|deveria`), 0.5],
  ],
  traps: [
    // Rescues from disasters (a collapse, a flood, a fire): not a rescue from labour.
    w(
      `resgat${S} (?:\\p{L}+ |\\d+ ){0,5}(?:soterrad${S}|ilhad${S}|escombros|desabamento|enchente${S}|incêndio|naufrágio|deslizamento)`,
    ),
    // Sport and everyday metaphors: "o time fez um trabalho forçado", "escravo da moda", "escravo do celular".
    w(
      `escrav${S} (?:d[aoe]s?|à|ao) (?:moda|celular|trabalho|tempo|rotina|internet|redes|futebol|bola|amor|dinheiro|sucesso|corpo|dieta)`,
    ),
    w(
      `(?:forçad${S}|obrigad${S}) a (?:renunciar|deixar o cargo|se demitir|pedir demissão|recuar|jogar|sair|mudar)|(?:forçad${S}|obrigad${S}) a trabalhar (?:de casa|em casa|remotamente|a distância|em home office)`,
    ),
    w(
      `tráfico (?:de drogas|de armas|de entorpecentes|de animais|de influência|internacional de drogas)|narcotráfico|traficantes? de drogas`,
    ),
  ],
  contextTraps: [
    w(
      `abolição|abolicionist${S}|Lei Áurea|escravatura|período colonial|colonial|século (?:XVI|XVII|XVIII|XIX)|1[5-8]\\d\\d|quilombo${S}|navio${S} negreiro${S}|senzala${S}`,
    ),
    // "gols", not "golpes" (scams, blows).
    w(`futebol|seleção|treino${S}|técnico|campeonato|partida${S}|gols?|golaço${S}|torcida|Copa`),
    // Sex work and pimping networks: trafficking for sexual exploitation, not forced labour.
    w(`prostitu${S}|exploração sexual|cafetin${S}|rufian${S}`),
    w(`filme${S}|novela${S}|série${S}|livro${S}|romance|exposição|museu|documentário|cinema`),
  ],
  // Sexual exploitation told with no word of any other work anywhere: out of scope (extractors/relevance.ts).
  sexual: w(
    `prostitu${S}|exploração sexual|exploradas? sexualmente|escrav${S} sexual${S}|bordel|bordéis|prostíbulo${S}|cafetin${S}|rufian${S}`,
  ),
  labourSetting: w(
    `trabalh${S}|mão de obra|mão-de-obra|obra${S}|fábrica${S}|fazenda${S}|lavoura${S}|colheita${S}|carvoaria${S}|oficina${S}|salário${S}|doméstic${S}|restaurante${S}|pesca|barco${S}|garimpo${S}|canavia${S}|mendicância`,
  ),
};

export const CASE_CUES_PT: CaseCues = {
  exploitation: [
    [
      'wages',
      w(
        `${UNPAID_PT}|(?:sem|não) (?:receb${S}|pagamento|salário${S}|remuneração)|não (?:eram pagos|pagava${S}|pagou)|salários? (?:atrasad${S}|retid${S})|nunca receb${S}|retenção (?:de|dos) salários?`,
      ),
    ],
    [
      'documents',
      w(`${DOCUMENTS_KEPT_PT}|(?:ficava${S}|ficaram|ficavam) sem (?:os|as|seus|suas) (?:passaportes?|documentos)`),
    ],
    [
      'movement',
      w(
        `impedid${S} de (?:sair|deixar|ir embora)|não (?:podiam|podia|conseguiam) (?:sair|deixar|ir embora|voltar)|restrição (?:de|da) (?:locomoção|liberdade)|vigilância armada|vigiad${S}|trancad${S}|cárcere privado|proibid${S} de (?:sair|deixar)`,
      ),
    ],
    [
      'debt',
      w(
        `servidão por dívida${S}|dívida${S}|endividad${S}|descontad${S} (?:\\p{L}+ ){0,3}(?:salário|pagamento)|barracão`,
      ),
    ],
    ['violence', w(`agredid${S}|agressões|espancad${S}|ameaç${S}|violência física|castigos?`)],
  ],
  // Not a total in thousands ("mais de 3 mil", "3.190"): a count of a period, not a group.
  group: w(
    `(?<![\\d.,])(?:${NUM}|mais de \\d+|cerca de \\d+)(?![.,]\\d| mil\\b| milh) (?:\\p{L}+ ){0,2}(?:${VICTIM_NOUNS_PT}|${DEMONYM_NOUNS_PT})`,
  ),
  nationalityGroup: w(
    `(?:trabalhador${S}|operári${S}|imigrantes?|migrantes?|pessoas|homens|mulheres|vítimas) (?:${DEMONYM_NOUNS_PT})`,
  ),
  events: w(
    `resgat${S}|libertad${S}|libertou|libertaram|flagrad${S}|pres[oa]s?|prend${S}|detid${S}|autuad${S}|condenad${S}|denunciad${S}|indiciad${S}|encontrad${S}|fugiu|fugiram|multad${S}|interditad${S}|deportad${S}|repatriad${S}|conden(?:a|am|ou|aram)|identific(?:a|am|ou|aram)|desmantel${S}|deteve|detiveram|arguid${S}|julgamento|flagr(?:a|am|ou|aram)|aliciad${S}|atraíd${S} (?:por|com)|sinaliz${S}|participad${S} ao Ministério Público`,
  ),
  statistics: [
    w(`\\d+(?:,\\d+)? ?%|por cento`),
    w(
      `(?:segundo|de acordo com) (?:\\p{L}+ ){0,3}(?:dados|relatório|levantamento|pesquisa|balanço)|relatório|levantamento|pesquisa|estudo|índice|balanço`,
    ),
    w(`(?:em|desde|durante|até) (?:19|20)\\d\\d|no ano passado|por ano|anualmente|neste ano|este ano`),
    w(`em todo o (?:país|Brasil|mundo)|no mundo|estados|municípios|ranking|lidera${S}`),
    w(`\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)? (?:mil|milhões|milhão)`),
  ],
  workplace: w(
    `fazenda${S}|sítio${S}|carvoaria${S}|olaria${S}|oficina${S}|confecç${S}|fábrica${S}|obra${S}|lavoura${S}|colheita${S}|vinícola${S}|empresa${S}|empregador${S}|patr(?:ão|ões|oa)|salário${S}|alojamento${S}|canteiro${S}`,
  ),
  statisticsTitle: w(
    `\\d+(?:,\\d+)? (?:mil|milhões)|índice|relatório|levantamento|pesquisa|estatístic${S}|ranking|lista suja|número de|cresce${S}|aument${S} \\d+|recorde`,
  ),
};

export const PERPETRATOR_CUES_PT = new RegExp(
  w(
    alt([
      `pres[oa]s?`,
      `prend${S}`,
      `detid${S}`,
      `det(?:eve|iveram|ém|êm)`,
      `prendeu`,
      `prenderam`,
      `indiciad${S}`,
      `denunciad${S}`,
      `acusad${S}`,
      `suspeit${S}`,
      `condenad${S}`,
      // A ruling in the active voice names the accused as its object: 'condenou X a 7 anos', 'absolveu X'.
      `conden(?:ou|aram)`,
      `absolvid${S}`,
      `réu${S}`,
      `ré`,
      `rés`,
      `autuad${S}`,
      `dono${S}`,
      `dona${S}`,
      `proprietári${S}`,
      `empregador${S}`,
      `patr(?:ão|ões|oa)`,
      `aliciador${S}`,
      `gato${S}`,
      `responsáve${S}`,
      `investigad${S}`,
    ]),
  ),
  'iu',
);
