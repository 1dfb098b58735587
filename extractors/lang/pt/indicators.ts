// The ILO indicators of forced labour in Portuguese news, written for this project. Brazil's legal terms of
// art. 149 of the penal code map onto them: "jornada exaustiva" → excessive overtime, "condições degradantes" →
// abusive working and living conditions, "servidão por dívida" → debt bondage, "restrição de locomoção" →
// restriction of movement. Most telling first; every source is bounded (../romance/common.ts).
import type { IndicatorId } from '../../../lib/types.js';
import { S, w } from '../romance/common.js';

export const INDICATORS_PT: Record<IndicatorId, string[]> = {
  abuse_of_vulnerability: [
    w(
      `vulnerabilidade${S}|vulneráve${S}|situação (?:migratória )?irregular|sem documentos|indocumentad${S}|analfabet${S}|extrema pobreza|pobreza extrema|dependência química|aproveit${S} da (?:situação|necessidade|condição)`,
    ),
  ],
  deception: [
    w(
      `promess${S} (?:\\p{L}+ ){0,3}(?:emprego|trabalho|salário${S}|pagamento|ganhos)|falsas? promessas?|enganad${S}|iludid${S}|ludibriad${S}|prometid${S}|prometeu|prometiam|aliciad${S}|aliciamento|propostas? (?:\\p{L}+ ){0,2}(?:emprego|trabalho)`,
    ),
  ],
  restriction_of_movement: [
    w(
      `restrição (?:de|da|à) (?:locomoção|liberdade)|restrit${S} (?:a )?liberdade de locomoção|cerceamento (?:da|de) (?:liberdade|locomoção)|impedid${S} de (?:sair|deixar|ir embora|voltar)|não (?:podiam|podia|conseguiam|eram autorizad${S} a|tinham permissão para) (?:sair|deixar|ir embora|voltar)|vigilância (?:armada|ostensiva)|vigiad${S}|trancad${S}|cárcere privado|proibid${S} de (?:sair|deixar)|mantid${S} (?:presos|em cárcere)|fugir${S}|fugiu|fugiram|fuga`,
    ),
    // Freedom of movement restricted in the plural, kept from leaving ("restrições à liberdade de locomoção",
    // "impossibilitados de saírem do local").
    w(
      `restriç(?:ão|ões) (?:de|da|à|a|na) (?:liberdade de )?(?:locomoção|ir e vir|liberdade)|(?:impedid${S}|impossibilitad${S}) de (?:sa[ií]r${S}|deixar|ir embora|voltar)`,
    ),
  ],
  isolation: [
    w(
      `isolad${S}|isolamento|(?:local|área|região) de difícil acesso|zona rural isolada|sem (?:acesso a )?(?:sinal de )?(?:telefone|celular|comunicação)|celulares? (?:\\p{L}+ ){0,2}(?:apreendid${S}|retid${S}|confiscad${S})|distante${S} (?:\\d+ )?(?:km|quilômetros)`,
    ),
  ],
  physical_and_sexual_violence: [
    w(
      `agredid${S}|agressões|agressão física|espancad${S}|espancament${S}|violência (?:física|sexual)|abus${S} sexua${S}|estupr${S}|torturad${S}|apanhava${S}|castigos? físicos?|chicot${S}`,
    ),
  ],
  intimidation_and_threats: [
    w(
      `ameaç${S}|intimidad${S}|intimidaç${S}|coagid${S}|coação|coerção|sob (?:a )?mira|armas? de fogo|medo de (?:represálias|denunciar)`,
    ),
  ],
  retention_of_identity_documents: [
    w(
      `(?:retenção|retinha${S}|retiveram|retid${S}|apreend${S}|confiscad${S}|confisc${S}|ficava${S} com|ficou com|tomou|tomavam) (?:\\p{L}+ ){0,4}(?:documentos|carteiras? de trabalho|passaportes?|CTPS|identidades?)|(?:documentos|carteiras? de trabalho|passaportes?) (?:\\p{L}+ ){0,3}(?:retid${S}|apreendid${S}|confiscad${S})`,
    ),
  ],
  withholding_of_wages: [
    w(
      // "Não receberam" only with pay as its object (not "não receberam equipamentos de segurança"); severance only
      // when unpaid (rescue reports close on "receberam o pagamento das verbas rescisórias", paid by the employer).
      `sem (?:receber|salário${S}|pagamento|remuneração)|não (?:recebiam|recebia|receberam|recebeu|tinham recebido) (?:\\p{L}+ ){0,3}(?:salário${S}|pagamento${S}|remuneração|nada|dinheiro|diária${S}|pelo trabalho|pelos serviços|valor${S})|não (?:eram pagos|era pago|pagava${S}|pagou)|salários? (?:atrasad${S}|retid${S}|não pag${S})|nunca (?:receberam|recebiam|recebeu)|retenção (?:de|dos) salários?|(?:sem|não (?:\\p{L}+ ){0,2}(?:pag|receb)\\p{L}*) (?:\\p{L}+ ){0,3}verbas rescisórias|abaixo do (?:piso|mínimo)|pagamento (?:\\p{L}+ ){0,2}(?:atrasad${S}|retid${S})|abaixo do salário mínimo|trabalhavam (?:\\p{L}+ ){0,2}(?:apenas )?(?:por|em troca de) comida`,
    ),
  ],
  debt_bondage: [
    w(
      `servidão por dívida${S}|dívida${S}|devedor${S} (?:\\p{L}+ ){0,2}(?:despesas|viagem|transporte|passagens?|patrão|empregador|fazendeiro|gato|empreiteiro|alimentação|barracão)|endividad${S}|endividamento|descontad${S} (?:\\p{L}+ ){0,3}(?:salário|pagamento)|sistema de barracão|barracão|caderneta|caderninho|adiantamento${S}`,
    ),
  ],
  abusive_working_and_living_conditions: [
    w(
      `condiç(?:ão|ões) degradante${S}|condiç(?:ão|ões) (?:precária${S}|insalubre${S}|sub-?humana${S}|desumana${S})|alojament${S} (?:\\p{L}+ ){0,2}(?:precári${S}|improvisad${S}|insalubre${S})|sem (?:acesso a )?(?:água potável|banheiros?|sanitários?|instalações sanitárias|camas?|equipamentos? de proteção)|sem EPI|dormiam (?:no chão|em redes|em colchões|em barracos|ao relento)|barracos? de lona|água (?:imprópria|suja|de açude|do rio)|falta de (?:higiene|água potável|banheiro)|sem registro (?:em|na) carteira|sem carteira assinada`,
    ),
    // No drinking water, sanitation, power or air where they lived; meals scarce; food not enough.
    w(
      `(?:não (?:havia|tinha|tinham|existia)|faltava${S}|falta de) (?:\\p{L}+ ){0,2}(?:água potável|instalaç(?:ão|ões) sanitária${S}|banheiros?|energia elétrica|ventilação)|refeições (?:\\p{L}+ ){0,2}escassas|comida escassa|(?:sem|não tinham|faltava) (?:\\p{L}+ ){0,2}alimentação (?:suficiente|adequada)`,
    ),
    // Food not enough, lodging without hygiene, no medical care ("não tinham comida suficiente", "alojamentos sem
    // higiene", "não tinham assistência médica").
    w(
      `(?:sem|não tinham|faltava${S}) (?:\\p{L}+ ){0,2}(?:comida|alimentos?) suficiente${S}|alojament${S} sem (?:higiene|água|banheiros?|ventilação)|(?:sem|não tinham|não recebiam) (?:acesso a )?(?:assistência|atendimento) médic${S}`,
    ),
  ],
  excessive_overtime: [
    w(
      `jornadas? exaustivas?|excesso de jornada|jornadas? excessivas?|longas jornadas|jornadas? (?:de trabalho )?(?:de|acima de|superiores? a|que chegavam a) \\d+ horas|trabalhavam (?:\\p{L}+ ){0,3}\\d+ horas|\\d+ horas (?:por dia|diárias|seguidas|ininterruptas)|(?:sem|nenhum) (?:descanso|folga)|de domingo a domingo|sem (?:dia de )?folga|das \\d+h? (?:às|até as) \\d+h?`,
    ),
    // Exhausting work in other words ("trabalho exaustivo").
    w(`trabalhos? exaustiv${S}|trabalho extenuante`),
  ],
};
