// Relevance breadth for Portuguese (Brazil and Portugal): incidents told in the words of the Auditoria-Fiscal do
// Trabalho, MPT, MTE/SIT, PF and PRF operations, Portugal's ACT, PJ, GNR and SEF/AIMA, and news on domestic work
// under slavery, carvoarias, vineyards and Odemira greenhouses; with traps (slave of fashion, forced to resign,
// sex-only trafficking, slavery history) and related pieces. Short invented articles, never text from real pages.
import { checkRelevanceRows, type RelevanceRow } from './relevance-rows.js';

type Row = RelevanceRow;

const ROWS: Row[] = [
  // Brazil: an inspection (auditores fiscais without hyphen) rescues workers from a charcoal camp.
  [
    'incident',
    'Fiscalização resgata 17 trabalhadores em carvoaria no Mato Grosso do Sul',
    'Auditores fiscais do trabalho resgataram 17 trabalhadores de uma carvoaria em Ribas do Rio Pardo. Eles dormiam em barracos de lona, bebiam água de um córrego e não tinham registro em carteira. O empregador terá de pagar as verbas rescisórias.',
  ],
  // Brazil: domestic worker kept for decades (trabalho escravo doméstico).
  [
    'incident',
    'Idosa é resgatada após 40 anos de trabalho doméstico sem salário',
    'Uma mulher de 68 anos foi resgatada de uma casa em Salvador onde trabalhava como empregada doméstica havia quatro décadas sem receber salário nem folgas. A operação do Ministério do Trabalho e Emprego e da Polícia Federal apurou que ela foi levada para a casa ainda criança.',
  ],
  // Brazil: vineyards, outsourced harvest workers beaten (Bento Gonçalves style), PRF.
  [
    'incident',
    'PRF liberta 150 safristas mantidos em alojamento em vinícolas da Serra Gaúcha',
    'A Polícia Rodoviária Federal libertou 150 safristas baianos que trabalhavam na colheita da uva para uma empresa terceirizada. Eles relataram que eram agredidos com choques elétricos e spray de pimenta e que tinham dívidas com o mercado do alojamento descontadas do pagamento.',
  ],
  // Portugal: PJ operation against a network exploiting Asian farm workers in Alentejo.
  [
    'incident',
    'PJ desmantela rede que explorava imigrantes na apanha da azeitona',
    'A Polícia Judiciária deteve oito suspeitos de integrarem uma rede que explorava imigrantes do Indostão nas explorações agrícolas do Baixo Alentejo. Os trabalhadores viviam em casas sobrelotadas, pagavam rendas abusivas ao angariador e ficavam sem os passaportes.',
  ],
  // Portugal: ACT inspection finds irregularities and unpaid wages on a construction site, GNR identifies workers.
  [
    'incident',
    'ACT e GNR identificam 40 trabalhadores sem salário numa obra em Lisboa',
    'Uma ação inspetiva da Autoridade para as Condições do Trabalho, com apoio da GNR, identificou 40 trabalhadores estrangeiros que não recebiam salário há três meses numa obra em Lisboa. Alguns dormiam no estaleiro. O caso foi comunicado ao Ministério Público por suspeitas de tráfico de pessoas para exploração laboral.',
  ],
  // Brazil: court case, MPT civil action against a coffee farm, named employer ordered to pay.
  [
    'incident',
    'Justiça condena fazendeiro a pagar R$ 1 milhão por manter trabalhadores em condições degradantes',
    'A Justiça do Trabalho condenou um fazendeiro de Minas Gerais a pagar indenização por dano moral coletivo após ação do MPT. Na fazenda de café, 32 trabalhadores eram submetidos a jornadas de 14 horas e bebiam água do mesmo local que o gado.',
  ],
  // Child labour found by inspectors (trabalho infantil) in a flour mill.
  [
    'incident',
    'Crianças são flagradas trabalhando em casa de farinha no Piauí',
    'Uma força-tarefa de combate ao trabalho infantil flagrou seis crianças e adolescentes trabalhando em uma casa de farinha no interior do Piauí, descascando mandioca em jornadas de até dez horas. Os pais e o proprietário foram notificados.',
  ],
  // Recruitment fraud: Brazilians lured with job offers to Asia, held in scam compounds.
  [
    'incident',
    'Brasileiros aliciados com falsa oferta de emprego são mantidos em cativeiro em Mianmar',
    'Três brasileiros atraídos por uma falsa proposta de trabalho em tecnologia estão mantidos em cativeiro em um complexo de golpes em Mianmar, onde são obrigados a aplicar fraudes pela internet. O Itamaraty acompanha o caso.',
  ],
  // Brazil: Paraguayan/ Bolivian seamstresses in a São Paulo sweatshop, documents retained.
  [
    'incident',
    'Oficina de costura em São Paulo mantinha bolivianos em servidão por dívida',
    'A fiscalização encontrou nove costureiros bolivianos em uma oficina na zona norte de São Paulo. Eles trabalhavam das 7h às 22h, dormiam entre as máquinas e tinham os documentos retidos pelo dono até pagarem a passagem.',
  ],
  // Brazil: the "gato" (labour contractor) arrested in flagrante.
  [
    'incident',
    'Gato é preso em flagrante por aliciar trabalhadores para desmatamento no Pará',
    'A Polícia Federal prendeu em flagrante um aliciador conhecido como gato que levava trabalhadores do Maranhão para desmatar uma área no sul do Pará. Os 22 homens estavam alojados em barracos sem banheiro e deviam ao empreiteiro a comida e as ferramentas.',
  ],
  // Portugal: trial (julgamento) starts for labour trafficking of Romanian workers.
  [
    'incident',
    'Começa julgamento de arguidos acusados de tráfico de romenos para trabalhar na agricultura',
    'Arrancou no Tribunal de Beja o julgamento de 12 arguidos acusados de tráfico de pessoas por terem trazido dezenas de cidadãos romenos para trabalhar em explorações agrícolas, onde lhes ficavam com o salário e os ameaçavam.',
  ],
  [
    'related',
    'Governo atualiza a lista suja do trabalho escravo',
    'O Ministério do Trabalho e Emprego divulgou a atualização semestral do cadastro de empregadores que submeteram trabalhadores a condições análogas à escravidão, com a inclusão de 248 nomes.',
  ],
  [
    'related',
    'Câmara aprova projeto que endurece penas para trabalho escravo',
    'A Câmara dos Deputados aprovou projeto de lei que aumenta a pena do crime de redução a condição análoga à de escravo e prevê a expropriação de imóveis onde houver exploração.',
  ],
  [
    'related',
    'Brasil resgatou mais de 3 mil trabalhadores em 2024, aponta balanço',
    'Segundo balanço do Ministério do Trabalho, 3.190 trabalhadores foram resgatados de condições análogas à escravidão em 2024, o maior número desde 2009, com destaque para Minas Gerais e Goiás.',
  ],
  [
    'unrelated',
    'Escravo da moda: jovens gastam metade do salário em roupas',
    'Pesquisa mostra que jovens se tornaram escravos da moda e gastam metade do salário em roupas e acessórios de marca.',
  ],
  [
    'unrelated',
    'Ministro é forçado a renunciar após escândalo',
    'O ministro foi forçado a renunciar ao cargo depois da divulgação de áudios comprometedores, segundo fontes do governo.',
  ],
  [
    'unrelated',
    'Polícia fecha casa de prostituição e liberta mulheres',
    'A Polícia Civil fechou uma casa de prostituição no centro da cidade e libertou cinco mulheres vítimas de exploração sexual. O cafetão foi preso.',
  ],
  [
    'unrelated',
    'Museu celebra os 136 anos da Lei Áurea',
    'Uma exposição no museu recorda a abolição da escravatura em 1888 e a vida nos quilombos e senzalas do período colonial.',
  ],
  // Second batch: other regions and phrasings.
  [
    'incident',
    'Trabalhadores são encontrados em alojamento sem banheiro em obra de condomínio',
    'A fiscalização do trabalho encontrou 26 operários vindos do Maranhão em um alojamento sem banheiro e sem água potável numa obra de condomínio em Goiânia. Eles estavam sem receber havia dois meses e deviam ao empreiteiro as passagens.',
  ],
  [
    'incident',
    'Empregada doméstica é libertada após 20 anos sem salário em Minas',
    'Uma mulher de 54 anos que trabalhava como doméstica para a mesma família havia 20 anos, sem salário, sem férias e dormindo num quartinho nos fundos, foi libertada por auditores do trabalho. A família terá de pagar indenização.',
  ],
  [
    'incident',
    'GNR sinaliza imigrantes explorados em estufas de Odemira',
    'A GNR sinalizou 35 imigrantes nepaleses que viviam amontoados em contentores junto a estufas de Odemira e entregavam parte do salário a um intermediário. O caso foi participado ao Ministério Público.',
  ],
  [
    'incident',
    'Peões são resgatados de fazenda de gado no Pará',
    'Uma operação do Grupo Especial de Fiscalização Móvel resgatou 12 peões de uma fazenda de gado no sul do Pará. Os trabalhadores não tinham registro, bebiam água de açude e compravam comida na cantina do fazendeiro a preços abusivos.',
  ],
  [
    'incident',
    'Moçambicanas levadas para África do Sul com promessa de emprego',
    'A polícia moçambicana interceptou na fronteira de Ressano Garcia um camião com 18 jovens que seriam levadas para trabalhar em quintas sul-africanas com falsas promessas de emprego. O motorista foi detido por tráfico de pessoas.',
  ],
  [
    'related',
    'MPT lança campanha contra o trabalho escravo no campo',
    'O Ministério Público do Trabalho lançou uma campanha de conscientização sobre o trabalho escravo contemporâneo voltada a trabalhadores rurais.',
  ],
  [
    'unrelated',
    'Técnico diz que time fez trabalho escravo no segundo tempo',
    'O técnico brincou que o time fez um trabalho escravo no segundo tempo para segurar o resultado.',
  ],
  [
    'unrelated',
    'PF prende quadrilha de tráfico internacional de drogas',
    'A Polícia Federal prendeu seis integrantes de uma quadrilha de tráfico internacional de drogas que usava navios no porto de Santos.',
  ],
  // Third batch: look-alikes of the new cues (fraud of buyers, disaster rescues, baby sales, school gardens).
  [
    'incident',
    'Homem é preso por manter idosos em situação de escravidão em sítio',
    'A Polícia Civil prendeu em flagrante um homem que mantinha três idosos trabalhando em seu sítio sem pagamento, em troca apenas de comida, e que ficava com os cartões de aposentadoria das vítimas.',
  ],
  [
    'incident',
    'Trabalhadores bolivianos são libertados de oficina em Americana',
    'Uma ação conjunta do MPT e da Polícia Federal libertou oito bolivianos de uma oficina de costura em Americana, onde trabalhavam 15 horas por dia e tinham dívidas com o dono pela viagem.',
  ],
  [
    'unrelated',
    'Bombeiros resgatam trabalhadores soterrados em obra',
    'Bombeiros resgataram dois trabalhadores soterrados após o desabamento de uma vala em uma obra de saneamento.',
  ],
  [
    'unrelated',
    'Golpe do falso emprego faz vítimas em aplicativo',
    'Criminosos oferecem vagas falsas de emprego em aplicativos de mensagem e pedem depósito antecipado às vítimas.',
  ],
  // Portugal: illegal labour brokering (angariação de mão de obra).
  [
    'incident',
    'SEF detém suspeitos de angariação ilegal de mão de obra',
    'O SEF deteve quatro suspeitos de angariação ilegal de mão de obra que recrutavam imigrantes asiáticos para explorações agrícolas do Algarve, cobrando-lhes milhares de euros e retendo-lhes os passaportes.',
  ],
];

checkRelevanceRows('pt', ROWS);
