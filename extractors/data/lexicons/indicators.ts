// Patterns for the ILO's eleven indicators of forced labour ("ILO Indicators of Forced Labour", ILO Special
// Action Programme to Combat Forced Labour, 2012), as news reports word them. English and Russian, written for
// this project from the indicator descriptions. Case-insensitive regex sources; a match in a sentence makes that
// sentence the evidence. Stems without word boundaries so Russian case endings do not matter.
import type { IndicatorId } from '../../../lib/types.js';

export interface IndicatorPatterns { en: string[]; ru: string[] }

export const INDICATOR_PATTERNS: Record<IndicatorId, IndicatorPatterns> = {
  abuse_of_vulnerability: {
    en: ['\\b(?:visas? (?:tied|tying)|tied (?:them|to) (?:to )?(?:the |their )?(?:sponsor|employer)|lacked (?:work )?(?:permits|papers|documents)|had no papers|no papers)',
      '\\b(?:undocumented|without (?:papers|documents|legal status)|irregular (?:status|migrants?)|illegal (?:migrants?|immigrants?|status)|illegally (?:in|staying))',
      '\\b(?:learning disabilit\\w+|mentally (?:ill|disabled)|disabilit\\w+|homeless(?:ness)?|alcoholi\\w+|addicts?|orphan\\w*|destitute|impoverished|extreme poverty)',
      '\\b(?:migrants?|migrant workers?|children|minors)\\b[^.]{0,80}\\b(?:slaver\\w*|forced|traffick\\w+|exploit\\w+|captiv\\w+|enslav\\w+|rescued|freed)',
      '\\b(?:slaver\\w*|traffick\\w+|exploit\\w+|enslav\\w+)\\b[^.]{0,60}\\b(?:migrants?|children|minors|teenagers)\\b',
      '\\btook advantage of|preyed on|vulnerab\\w+'],
    ru: ['нелегал\\S*|без документов|незаконно наход\\S*|бездомн\\S*|инвалид\\S*|сирот\\S*|алкогол\\S*|уязвим\\S*',
      '(?:мигрант\\S*|детей|дети|несовершеннолет\\S*)[^.]{0,80}(?:рабств\\S*|освобожд\\S*|освобод\\S*|удерживал\\S*|эксплуат\\S*|неволе)',
      '(?:рабств\\S*|неволе|эксплуат\\S*)[^.]{0,60}(?:мигрант\\S*|детей|дети|несовершеннолет\\S*)'],
  },
  deception: {
    en: ['\\b(?:promised a share|promised (?:them )?(?:a |an )?(?:share|cut|part) of)',
      '\\bpromis(?:e|es|ed|ing)\\b[^.]{0,80}(?:jobs?|work|salar\\w+|pay|wages?|contracts?|school|money|rate|accommodation|meals|\\d)', '\\b(?:offers? of (?:well-paid|good|steady|legal|high-paying) \\w+|(?:online )?(?:advertisements?|adverts?|ads) for [^.]{0,40}jobs?|told (?:them|us|her|him) (?:that )?(?:they|we|she|he|the money) would (?:go to school|attend school|be paid|earn|get|come|receive))', '\\b(?:were|was) told (?:they|she|he) would (?:go to|attend|learn|earn|be paid|get)',
      '\\blured\\b|\\blure\\b|\\bluring\\b|promis(?:e|ed|es|ing) (?:of )?(?:a |them |her |him )?(?:well-paid |good |high |decent |legal )?(?:jobs?|work|employment|wages|salar\\w+|pay)',
      '\\b(?:tricked|deceived|deceptive|false promises?|fake (?:job|recruit\\w*|contract)|bogus|misled|duped|fraudulent(?:ly)? recruit\\w*)',
      '\\b(?:recruited|offered) (?:\\w+ ){0,3}(?:with|by) (?:the )?(?:promise|offer)s?|\\bjob offers? (?:that|which) (?:turned out|proved)|\\bbait'],
    ru: ['обеща\\S*|сулил\\S*', 'обещан\\S*|обещал\\S*|заманил\\S*|заманива\\S*|обман\\S*|под предлогом|ложн\\S* (?:обещан|ваканс)|посул\\S*'],
  },
  restriction_of_movement: {
    en: ['\\b(?:locked from (?:the )?outside|doors? (?:were|was) locked|behind a gate|watched by (?:armed )?guards)',
      '\\b(?:not free to leave|could not go home|(?:tried|trying|attempted) to (?:leave|escape|run)|padlocked|razor wire|armed guards|watched by guards|stopped (?:them|us) (?:from )?leaving|locked (?:in|up|inside|away)|behind a fence)',
      '\\b(?:locked (?:in|up|inside|them)|not (?:allowed|permitted) to (?:leave|go out)|never (?:left|allowed out)|could(?: not|n\'t) leave|unable to leave|prevented (?:them |her |him )?from leaving|confined|held (?:in )?captiv\\w+|in captivity|held against (?:their|her|his) will|kept (?:under guard|prisoner|behind)|under guard|guarded|chained|barbed wire|escap\\w+|held prisoner|kept prisoner|incarcerat\\w+|unlawful detention)'],
    ru: ['(?:пытал|попытал)\\S* (?:уйти|бежать|сбежать|уехать)|ловили|запрещено|только в сопровождении|за ворота', 'взаперти|в неволе|не выпускал\\S*|не разрешал\\S* (?:выходить|покидать)|ни разу не выход\\S*|запира\\S*|запер\\S*|под охраной|охраня\\S*|удерживал\\S*|удерживаем\\S*|сбежа\\S*|побег\\S*|заточени\\S*|на цеп\\S*|лишени\\S* свободы|незаконн\\S* лишени'],
  },
  isolation: {
    en: ['\\b(?:separate dormitory|behind a gate|not allowed to leave the (?:compound|site|camp)|cut off from)',
      '\\b(?:(?:had not|never) set foot on land|kept at sea|at sea for|(?:had|have) no (?:phones?|mobile)|reached only by|only reachable by|no way to contact|(?:kept|held) (?:in )?isolat\\w+|isolated from)',
      '\\b(?:isolat\\w+|remote (?:farm|camp|island|area|location|village)|cut off from|no contact with|not allowed to (?:contact|call|speak to|see) (?:their|her|his)|(?:phones?|mobiles?) (?:were )?(?:taken|confiscated|seized)|at sea for (?:months|years)|never left the (?:shop|farm|house|boat|premises|factory|site)|held (?:in|at) (?:a |the )?(?:basement|cellar|warehouse|shed)s?|in (?:different|several) buildings|hidden from)'],
    ru: ['изолир\\S*|изоляц\\S*|в подвал\\S*|оторван\\S* от|не давал\\S* (?:звонить|связ)|телефон\\S* (?:были )?отобран\\S*|отобрал\\S* телефон\\S*|без связи|ни разу не выход\\S*'],
  },
  physical_and_sexual_violence: {
    en: ['\\b(?:struck|slapped|hit (?:them|him|her|me|us|with)|pulled by the hair|whipped|electric (?:baton|shock)|chained)',
      '\\b(?:beat(?:en|ing|ings)?|beat (?:me|her|him|them|us)|assault\\w*|rap(?:e|ed|es|ing)|sexual(?:ly)? (?:abuse\\w*|assault\\w*|exploit\\w*|violence)|tortur\\w+|whipp\\w+|kick(?:ed|ing)|punch\\w+|violen(?:ce|tly)|physical(?:ly)? abuse\\w*|burn(?:ed|t) (?:with|them|her|him)|murder\\w*|killed)'],
    ru: ['избива\\S*|избил\\S*|избиени\\S*|бил\\S* (?:их|её|ее|его|нас|меня)|били|побо\\S*|насил\\S*|изнасил\\S*|пыт\\S*|издевал\\S*|убийств\\S*|убил\\S*'],
  },
  intimidation_and_threats: {
    en: ['\\b(?:(?:families|relatives) (?:\\w+ ){0,3}(?:are|were|would be) visited|armed guards)',
      '\\b(?:would be visited|into the sea|pay the price|would find (?:us|them|him|her)|would be (?:cancelled|deported|reported|arrested|killed|hurt)|would lose|(?:police|authorities) would be (?:informed|told|called)|if (?:they|we|he|she|I) (?:complained|tried to leave|went to the police|asked again|refused|spoke))',
      '\\b(?:threat(?:s|en\\w*)?|intimidat\\w+|warned (?:them|her|him)|told (?:them|her|him) (?:they|she|he) would be (?:killed|arrested|deported|hurt)|(?:threatened|threat) (?:with|of) (?:deportation|arrest|violence|death)|feared for|too (?:afraid|scared) to|in fear|blackmail\\w*|make sure it (?:doesn\'t|does not|won\'t) happen again|denounce\\w* (?:them|her|him) to)'],
    ru: ['депортир\\S*|будет плохо|пригрозил\\S*|если (?:пойд|обратит|пожалу)\\S*', 'угрож\\S*|угроз\\S*|запугива\\S*|запугал\\S*|шантаж\\S*|боял\\S*|страх\\S*'],
  },
  retention_of_identity_documents: {
    en: ['\\bpassports? (?:\\w+ ){0,3}locked',
      '\\b(?:passports?|identity documents?|identification documents?|id (?:cards?|documents?)|travel documents?|work permits?)\\b[^.]{0,60}\\b(?:confiscat\\w+|seiz\\w+|taken|withheld|retained|kept|held|handed over)',
      '\\b(?:confiscat\\w+|seiz\\w+|took|taken|withh[eo]ld\\w*|retain\\w*|kept|held on to|handed over|surrender\\w*)\\b[^.]{0,40}\\b(?:passports?|identity documents?|identification documents?|id cards?|documents)\\b',
      '\\b(?:have not had|without|had no) (?:their |any )?(?:passports?|identification|identity) (?:documents?|papers)?'],
    ru: ['(?:паспорт|документ)\\S*[^.]{0,50}(?:отобра\\S*|изъя\\S*|забра\\S*|удерж\\S*|отнял\\S*|сдал\\S*)', '(?:отобра\\S*|изъя\\S*|забра\\S*|удерж\\S*|отнял\\S*|сдал\\S*|отдал\\S*)[^.]{0,40}(?:паспорт\\S*|документ\\S*)', 'без (?:паспорт\\S*|документ\\S*)'],
  },
  withholding_of_wages: {
    en: ['\\b(?:none of them (?:had )?(?:been paid|received (?:any|anything))|(?:had|have) not received (?:any|anything)|deducted (?:for|from)|a month deducted|owing (?:more|money) (?:to|at|than))',
      '\\b(?:little or no pay|never received|received nothing|sometimes nothing|(?:wages|pay|salar\\w+) (?:\\w+ ){0,3}(?:delayed|held back)|held back|deduct\\w+ [^.]{0,40}(?:pay|wages?|salar\\w+)|paid (?:only )?in vouchers|vouchers)',
      '\\b(?:unpaid|not (?:been )?paid|never (?:been )?paid|without (?:any )?(?:pay|payment|wages|salary)|(?:withheld|withholding|withhold) (?:their |her |his )?(?:wages|pay|salar\\w+|earnings)|(?:wages|pay|salar\\w+) (?:were |was )?(?:withheld|deducted|unpaid)|paid (?:nothing|little or nothing|only a fraction)|for (?:free|no pay|nothing)|did not receive (?:any )?(?:wages|pay|salary|money))'],
    ru: ['не выдавал\\S*|не платил никто|ничего не (?:платил|заплатил)', 'не плат\\S*|не заплат\\S*|не выплач\\S*|без оплаты|бесплатно|невыплат\\S*|задерж\\S* зарплат\\S*|не получал\\S* (?:ни копейки|зарплат|денег)|зарплат\\S* не'],
  },
  debt_bondage: {
    en: ['\\b(?:repay|repaid|repaying|(?:training|placement|recruitment|agency) fees?|deducted (?:from|for) (?:wages|their wages)|amount was deducted)',
      '\\b(?:buy (?:their|his|her|our) freedom|pay (?:it )?back|compensation|owing|recruitment (?:fees?|costs?)|(?:fee|fees) (?:of|were) [^.]{0,20}deducted)',
      '\\b(?:debt bondage|debts?\\b|owed? (?:money|the|them|him|her|\\$|£|€)|loans?|recruitment fees?|pay (?:it )?off|bonded|advance (?:payments?|wages))'],
    ru: ['долг\\S*|кабал\\S*|задолж\\S*|отработ\\S*'],
  },
  abusive_working_and_living_conditions: {
    en: ['\\b(?:(?:electricity|water|power) (?:\\w+ ){0,4}(?:cut off|disconnected)|shared (?:\\w+ ){0,2}bedrooms?|broken (?:shower|toilet)|untreated (?:river )?water|contaminated|machetes?|carrying (?:heavy )?sacks|pesticides|toxic)',
      '\\b(?:malnutrition|malnourished|no (?:drinking|clean) water|without (?:running|drinking) water|one bathroom|fumes|unheated|barracks?|temperatures (?:above|over|of)|\\d+ (?:people )?to a room|windowless|no ventilation)',
      '\\b(?:squalid|filthy|cramped|overcrowded|unsanitary|inhumane|degrading|appalling|dire|(?:slept|sleep|sleeping) on (?:[\\w-]+ ){0,3}?(?:the )?(?:floor|ground)|no (?:running water|toilet|heating|beds?)|little food|(?:no|without) food|starv\\w+|rotten food|sheds?|shipping containers?|caravans?|dangerous conditions|without (?:safety|protective) (?:equipment|gear)|heavy (?:goods|loads)|lift heavy|grueling|gruelling|harsh conditions|slave-like conditions|degrading conditions)'],
    ru: ['(?:ночевал|спал|жил)\\S* (?:\\S+ ){0,3}(?:в подсоб|в сара|на матрас|в вагончик|в подвал|на пол|в барак)|без (?:окон|горячей воды|воды|отопления|туалета)|по \\d+ человек в (?:комнат|вагончик|помещени)|подсобн\\S* помещени|матрас\\S*|сара[еяю]', 'антисанитар\\S*|ужасн\\S* услови\\S*|нечеловеческ\\S*|спал\\S* на пол\\S*|без (?:еды|воды|отоплен)|голод\\S*|впроголодь|тяжел\\S* (?:работ|груз)|тяжёл\\S* (?:работ|груз)|бытовк\\S*|в вагончик\\S*'],
  },
  excessive_overtime: {
    en: ['\\b(?:from (?:six|five|four|seven|\\d) (?:in the morning|a\\.?m\\.?) (?:until|till|to) (?:dark|late|night|midnight|\\w+ at night))',
      '\\b(?:(?:[6-9]\\d|1\\d\\d) hours a week|from \\d+ ?(?:am|a\\.m\\.) (?:until|till|to) (?:late|\\d+ ?(?:pm|p\\.m\\.))|(?:began|started) (?:\\w+ ){0,4}at \\d+ ?(?:am|a\\.m\\.)|until late (?:in the )?(?:evening|night)|till late)',
      '\\b(?:(?:1[2-9]|2[0-4]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[- ]hours?(?: a| per| each)? ?(?:days?|shifts?)|(?:seven|7) days a week|without (?:a )?(?:day off|days off|rest|a break)|no (?:days off|day off|rest days?)|around the clock|round the clock|from dawn (?:to|till|until) dusk|excessive (?:hours|overtime)|long hours)'],
    ru: ['с рассвета до (?:темноты|заката|ночи)|по \\d+(?:\\s*[–-]\\s*\\d+)? час\\S* в (?:сутки|день)', '(?:1[2-9]|2[0-4]) час\\S* в (?:день|сутки)|без выходн\\S*|круглосуточно|по (?:1[2-9]|2[0-4]) час\\S*|с утра до ночи|от зари до зари|сверхурочн\\S*'],
  },
};
