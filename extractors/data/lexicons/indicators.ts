// Patterns for the ILO's eleven indicators of forced labour ("ILO Indicators of Forced Labour", ILO Special
// Action Programme to Combat Forced Labour, 2012), as news reports word them. English and Russian, written for
// this project from the indicator descriptions. Case-insensitive regex sources; a match in a sentence makes that
// sentence the evidence. Russian stems are matched from a word's start (extractors/indicators.ts adds it) and end
// openly, so case endings do not matter; each Russian list goes from the most telling wording to the barest, and
// the evidence is the first sentence of the first pattern that matches.
import type { IndicatorId } from '../../../lib/types.js';

export interface IndicatorPatterns {
  en: string[];
  ru: string[];
}

export const INDICATOR_PATTERNS: Record<IndicatorId, IndicatorPatterns> = {
  abuse_of_vulnerability: {
    en: [
      '\\b(?:visas? (?:tied|tying)|tied (?:them|to) (?:to )?(?:the |their )?(?:sponsor|employer)|lacked (?:work )?(?:permits|papers|documents)|had no papers|no papers)',
      '\\b(?:undocumented|without (?:papers|documents|legal status)|irregular (?:status|migrants?)|illegal (?:migrants?|immigrants?|status)|illegally (?:in|staying))',
      '\\b(?:learning disabilit\\w+|mentally (?:ill|disabled)|disabilit\\w+|homeless(?:ness)?|alcoholi\\w+|addicts?|orphan\\w*|destitute|impoverished|extreme poverty)',
      '\\btook advantage of|preyed on|vulnerab\\w+',
      '\\b(?:learning difficult\\w+|mental health (?:problems|issues|conditions)|lack of English|(?:could|did)(?: not|n.t) speak (?:English|the language)|spoke (?:no|little) English)',
      // Destitution as a noun or a phrase ("on the edge of destitution").
      '\\b(?:destitution|on the (?:edge|brink|verge) of (?:destitution|poverty|homelessness))',
      // A visa tied to the employer told with a verb ("his visa was tied to his employer").
      '\\bvisas? (?:was|were|is|are|had been) tied to',
    ],
    ru: [
      'нелегал\\S*|без (?:документов|паспорт\\S*|разрешени\\S* на работу|патент\\S*|регистрац\\S*)|незаконно (?:наход|пребыва|прожива)\\S*|просроченн\\S* (?:виз|патент|регистрац|документ)\\S*|не име\\S* (?:разрешени|патент|документ|регистрац)\\S*|незаконн\\S* мигрант\\S*',
      'бездомн\\S*|без определ[её]нного места жительства|бомж\\S*|инвалид\\S*|сирот\\S*|алкоголи[кз]\\S*|злоупотребля\\S* алкогол\\S*|страда\\S* алкогол\\S*|уязвим\\S*|беспомощн\\S*|умственн\\S* отстал\\S*|психическ\\S* (?:расстройств|заболевани|отклонени)\\S*|ограниченн\\S* возможност\\S*',
      // Minors alone are victims.minors; they make this indicator only with exploitation words (next patterns).
      'не знал\\S* (?:русского|языка)|не говорил\\S* по-русски|незнани\\S* (?:русского|языка)|воспользовавшись (?:их |его |её |ее )?(?:тяж[её]л|беспомощ|безвыход|трудн|положени)',
      '(?:мигрант\\S*|детей|дети|несовершеннолет\\S*)[^.]{0,80}(?:рабств\\S*|освобожд\\S*|освобод\\S*|удерживал\\S*|эксплуат\\S*|неволе)',
      '(?:рабств\\S*|неволе|эксплуат\\S*)[^.]{0,60}(?:мигрант\\S*|детей|дети|несовершеннолет\\S*)',
    ],
  },
  deception: {
    en: [
      '\\b(?:without (?:getting|receiving|being paid) (?:the )?(?:\\w+ ){0,3}(?:agreed|promised)|(?:salary|wages?|pay) (?:previously |they had been |originally )?(?:agreed|promised)|never (?:got|received) the (?:promised|agreed))',
      '\\b(?:(?:money|pay|wages?|salary|job|work) (?:\\w+ ){0,3}(?:was|were|had been) promised|the promised (?:money|pay|wages?|salary|job|work))',
      '\\b(?:promised a share|promised (?:them )?(?:a |an )?(?:share|cut|part) of)',
      '\\bpromis(?:e|es|ed|ing)\\b[^.]{0,80}(?:jobs?|work|salar\\w+|pay|wages?|contracts?|school|money|rate|accommodation|meals|\\d)',
      '\\b(?:offers? of (?:well-paid|good|steady|legal|high-paying) \\w+|(?:online )?(?:advertisements?|adverts?|ads) for [^.]{0,40}jobs?|told (?:them|us|her|him) (?:that )?(?:they|we|she|he|the money) would (?:go to school|attend school|be paid|earn|get|come|receive))',
      '\\b(?:were|was) told (?:they|she|he) would (?:go to|attend|learn|earn|be paid|get)',
      '\\blured\\b|\\blure\\b|\\bluring\\b|promis(?:e|ed|es|ing) (?:of )?(?:a |them |her |him )?(?:well-paid |good |high |decent |legal )?(?:jobs?|work|employment|wages|salar\\w+|pay)',
      '\\b(?:tricked|deceived|deceptive|false promises?|fake (?:job|recruit\\w*|contract)|bogus|misled|duped|fraudulent(?:ly)? recruit\\w*)',
      '\\b(?:recruited|offered) (?:\\w+ ){0,3}(?:with|by) (?:the )?(?:promise|offer)s?|\\bjob offers? (?:that|which) (?:turned out|proved)|\\bbait',
      '\\b(?:lied (?:to (?:them|her|him|us) )?about (?:the |their |her |his )?(?:pay|wages|job|work|conditions|salary|hours)|misrepresent\\w+ (?:the )?(?:job|work|pay|wages))',
      // The good money they were told of ("they said we were going to work for good money").
      '\\b(?:said|told (?:us|them|him|her|me)) (?:that )?(?:we|they|he|she|I) (?:were|was|would be) going to (?:work for (?:good|decent|big) (?:money|pay|wages)|earn|be paid|get paid|make (?:good |decent |big )?money)',
      // Paid less than promised ("were paid less than they had been promised").
      '\\b(?:paid|earned|received|got) (?:far |much )?less than (?:\\w+ ){0,3}(?:promised|agreed)',
    ],
    ru: [
      '(?:по)?обеща\\S*[^.!?]{0,80}(?:работ|зарплат|заработ|оплат|деньг|доход|жиль|трудоустро|рубл|долл|сом|тысяч|\\d)',
      'а на (?:деле|самом деле)|на деле же|вместо обещанн\\S*|обещанн\\S*|сулил\\S*|посул\\S*',
      'заманил\\S*|заманива\\S*|заманен\\S*|обман\\S*|обмануты\\S*|под (?:предлогом|видом|обещани\\S*)|ложн\\S* (?:обещан|ваканс|объявлен)\\S*|фиктивн\\S* (?:ваканс|трудоустро|договор)\\S*|введ\\S* в заблуждение|условия оказались (?:совсем |совершенно )?(?:другими|иными)|ввели в заблуждение|оказалось,? что',
    ],
  },
  restriction_of_movement: {
    en: [
      '\\b(?:locked from (?:the )?outside|doors? (?:were|was) locked|behind a gate|watched by (?:armed )?guards)',
      '\\b(?:not free to leave|could not go home|(?:tried|trying|attempted) to (?:leave|escape|run)|padlocked|razor wire|armed guards|watched by guards|stopped (?:them|us) (?:from )?leaving|locked (?:in|up|inside|away)|behind a fence)',
      // Watched all the time, runaways hunted down and brought back ("under constant surveillance", "tracked them down
      // and took them back").
      '\\b(?:under (?:constant|permanent|round-the-clock|24-hour|close) (?:surveillance|watch|guard|supervision)|(?:tracked|hunted) (?:them|him|her) down|(?:caught|found|tracked) (?:\\w+ ){0,4}(?:and )?(?:took|brought|dragged) (?:them|him|her) back)',
      "\\b(?:locked (?:in|up|inside|them)|not (?:allowed|permitted) to (?:leave|go out)|never (?:left|allowed out)|could(?: not|n't) leave|unable to leave|prevent(?:ed|ing|s)? (?:them |her |him |the workers |workers )?from (?:leaving|escaping|going home)|confined|held (?:in )?captiv\\w+|in captivity|held against (?:their|her|his) will|kept (?:under guard|prisoner|behind)|under guard|guarded|chained|barbed wire|escap\\w+|held prisoner|kept prisoner|incarcerat\\w+|unlawful detention)",
      // Held captive or a prisoner with the person named between ("held Nicholls captive", "kept a prisoner").
      '\\b(?:held|kept) (?:(?:\\w+|as a|a) ){0,2}(?:captive|prisoners?|hostages?)\\b',
      // Afraid to leave; held in fenced camps or detained in buildings ("the workers were detained in crowded buildings").
      '\\b(?:(?:were|was|felt|are) (?:too )?(?:afraid|scared|frightened) to leave|fenced (?:\\w+ )?camps?|detained in (?:\\w+,? ){0,3}(?:buildings?|camps?|houses?|rooms?|quarters|barracks|compounds?|trailers?|sheds?))',
    ],
    ru: [
      '(?:пытал|попытал)\\S* (?:уйти|бежать|сбежать|уехать|вырваться)|ловили|запрещено|только в сопровождении|за ворота|не (?:мог|могли|могла) (?:уйти|уехать|покинуть|выйти|вернуться домой|свободно передвигаться)|не име\\S* возможност\\S* (?:уйти|уехать|покинуть|выйти|передвигаться)',
      'взаперти|в неволе|не (?:выпуска|отпуска)\\S*|не выпустил\\S*|не отпустил\\S*|не (?:разреша|позволя|дава)\\S* (?:им |ему |ей )?(?:выходить|покидать|уходить|уехать|уйти|выйти)|запреща\\S* (?:им |ему |ей )?(?:выходить|покидать|уходить|отлучаться)|ни разу не выход\\S*|(?:выходить|покидать|уходить|отлучаться|выезжать|передвигаться) [^.!?]{0,40}(?:не (?:разреша|позволя|дава)\\S*|не (?:мог|могли|могла)(?![\\p{L}])|запреща\\S*|нельзя)|(?:поймали|поймав|ловили) и (?:вернули|возвращали|привезли)\\S*|вернули (?:обратно|назад)',
      'запира\\S*|запер\\S*|заперт\\S*|под замк\\S*|на замк\\S*|под охраной|охранник\\S*|охраня\\S*|удерживал\\S*|удерживаем\\S*|удержива\\S* (?:силой|насильно|против)|насильно (?:удерж|держ)\\S*|сбежа\\S*|побег\\S*|заточени\\S*|на цеп\\S*|колюч\\S* проволок\\S*|(?<!(?:лет|года|годам|срок\\S*|сроком|наказани\\S*|до) )лишени\\S* свободы|незаконн\\S* лишени\\S*|лиша\\S* свободы|лишил\\S* свободы|приков\\S*',
    ],
  },
  isolation: {
    en: [
      '\\b(?:kept (?:her|him|them) from (?:talking|speaking|contacting|seeing)|not allowed to (?:contact|talk to|speak to|call) (?:anyone|their famil\\w+|family|relatives)|limited (?:her|his|their) (?:ability to|contact))',
      '\\b(?:separate dormitory|behind a gate|not allowed to leave the (?:compound|site|camp)|cut off from)',
      '\\b(?:(?:had not|never) set foot on land|kept at sea|at sea for|(?:had|have) no (?:phones?|mobile)|reached only by|only reachable by|no way to contact|(?:kept|held) (?:in )?isolat\\w+|isolated from)',
      '\\b(?:isolat\\w+|remote (?:farm|camp|island|area|location|village)|cut off from|no contact with|not allowed to (?:contact|call|speak to|see) (?:their|her|his)|(?:phones?|mobiles?) (?:were )?(?:taken|confiscated|seized)|at sea for (?:months|years)|never left the (?:shop|farm|house|boat|premises|factory|site)|held (?:in|at) (?:a |the )?(?:basement|cellar|warehouse|shed)s?|in (?:different|several) buildings|hidden from)',
      '\\b(?:miles from (?:the nearest|any)|far from (?:the nearest|any) (?:town|village|road|shop))',
      // Phones taken in a list ("their cellphones, wallets and clothes were confiscated"), no way to communicate.
      '\\b(?:(?:cell ?|mobile )?phones?\\b[^.]{0,40}\\b(?:were|was) (?:taken(?: away)?|confiscated|seized)|(?:confiscated|took|taken|seized) (?:\\w+ ){0,2}(?:cell ?|mobile )?phones|(?:could ?n.t|could not|unable to|not able to|not allowed to|weren.t allowed to) (?:communicate|speak|talk) (?:with|to) (?:anyone|other people|others|outsiders|the outside))',
    ],
    ru: [
      '(?:телефон|мобильн)\\S*[^.!?]{0,40}(?:отобра|отнял|изъя|забра|разби)\\S*|(?:отобра|отнял|забра|разби)\\S*[^.!?]{0,30}(?:телефон|мобильник)\\S*',
      'не (?:дава|разреша|позволя)\\S* (?:им |ему |ей )?(?:звонить|позвонить|связ|общаться|пользоваться телефон)\\S*|запреща\\S* (?:им |ему |ей )?(?:звонить|общаться|пользоваться телефон)\\S*|не (?:мог|могли|могла) (?:связаться|позвонить|сообщить)|(?:звонить|позвонить|связываться|общаться) [^.!?]{0,40}не (?:разреша|позволя|дава)\\S*',
      'изолир\\S*|изоляц\\S*|в подвал\\S*|оторван\\S* от|отрезан\\S* от|без связи|ни разу не выход\\S*|ни с кем не общ\\S*|в глуш\\S*|в глух\\S* (?:деревн|сел|тайг|лес|мест)\\S*|вдали от (?:жиль|насел|люд|город)\\S*|без (?:мобильн\\S* )?телефон\\S*|не знал\\S*,? где (?:находят|наход)\\S*|отдал[её]нн\\S* (?:ферм|хутор|участ|сел|деревн|пос[её]л|мест|заимк|стойбищ|кошар)\\S*',
    ],
  },
  physical_and_sexual_violence: {
    en: [
      '\\b(?:(?:physically|sexually)(?:,? (?:psychologically|verbally|and|emotionally))* abused|abused (?:her|him|them) (?:physically|sexually))',
      '\\b(?:struck|slapped|hit (?:them|him|her|me|us|with)|pulled by the hair|whipped|electric (?:baton|shock)|chained)',
      // Harm only foretold ("she could be raped", "they would be beaten", "threatened to kill") is a threat.
      '(?<!\\b(?:could|would|might|will|threatened to|threatening to|threaten to) (?:be |have )?)\\b(?:beat(?:en|ing|ings)?|beat (?:me|her|him|them|us)|assault\\w*|rap(?:e|ed|es|ing)|sexual(?:ly)? (?:abuse\\w*|assault\\w*|exploit\\w*|violence)|tortur\\w+|whipp\\w+|kick(?:ed|ing)|punch\\w+|(?<!threat(?:s|ened)? (?:of|with) (?:\\w+ )?)violen(?:ce|tly)|physical(?:ly)? abuse\\w*|burn(?:ed|t) (?:with|them|her|him)|murder\\w*|killed)',
      // Physical abuse in a pair ("the physical and verbal abuse"); seized by the throat.
      '\\b(?:physical and (?:verbal|sexual|psychological|emotional) abuse|(?:grabbed|seized|held) (?:him|her|them|me) by the (?:throat|neck|hair))',
    ],
    ru: [
      'избива\\S*|избил\\S*|избиени\\S*|избит\\S*|бил\\S* (?:их|её|ее|его|нас|меня)|били|побо\\S*|бь(?:ют|ёт|ет) (?:их|нас|его|её|ее|меня|за|палк|кулак|ногами)|насили\\S*|изнасил\\S*|пыт(?:ки|ок|кам|ками|ках|ке|ку|ал|ала|али)(?![\\p{L}])|издевал\\S*|издевательств\\S*|истязал\\S*|истязани\\S*|надругал\\S*|применя\\S* (?:к ним |к нему |к ней )?(?:физическ\\S* )?(?:сил[уы]|насили)\\S*',
      'убийств\\S*|убил\\S*|удар(?:ил|или|ила|ами|ов|ы)(?![\\p{L}])|жесток\\S* обращ\\S*|телесн\\S* повреждени\\S*|увечь\\S*|сексуальн\\S* (?:эксплуат|насил|услуг)\\S*|принужда\\S* к (?:интим|секс|проституц|занятию проституц)\\S*',
    ],
  },
  intimidation_and_threats: {
    en: [
      '\\b(?:(?:families|relatives) (?:\\w+ ){0,3}(?:are|were|would be) visited|armed guards)',
      '\\b(?:would be visited|into the sea|pay the price|would find (?:us|them|him|her)|would be (?:cancelled|deported|reported|arrested|killed|hurt)|would lose|(?:police|authorities) would be (?:informed|told|called)|if (?:they|we|he|she|I) (?:complained|tried to leave|went to the police|asked again|refused|spoke))',
      "\\b(?:threat(?:s|en\\w*)?|intimidat\\w+|warned (?:them|her|him)|told (?:them|her|him) (?:they|she|he) would be (?:killed|arrested|deported|hurt)|(?:threatened|threat) (?:with|of) (?:deportation|arrest|violence|death)|feared for|too (?:afraid|scared) to|in fear|blackmail\\w*|make sure it (?:doesn't|does not|won't) happen again|denounce\\w* (?:them|her|him) to)",
      '\\b(?:(?:would|will|could) (?:hurt|harm|kill|beat|find|go after) (?:their|her|his|your|our) (?:families|family|relatives|children|parents))',
      // The family's home known to the traffickers; leaving met with consequences ("if I was to try and leave").
      '\\b(?:knew where (?:my|his|her|their|our) (?:family|families|relatives|children|parents|wife|husband|kids) (?:lived|live|lives)|if (?:\\w+ ){0,3}(?:tr(?:y|ied)|attempt(?:ed)?) (?:and |to )(?:leave|escape|run away)|consequences would be (?:very )?(?:great|severe|serious|dire|bad))',
    ],
    ru: [
      'депортир\\S*|депортаци\\S*|будет плохо|пригрозил\\S*|если (?:пойд|обратит|пожалу|попыта|уйд|сбеж|сообщ)\\S*|сда(?:ть|дут|дим|ст) (?:их |его |её )?(?:в )?полици\\S*',
      'угрож\\S*|угроз\\S*|запугива\\S*|запугал\\S*|запуган\\S*|шантаж\\S*|боял\\S*|страх(?:а|е|ом|у)?(?![\\p{L}])|опасал\\S* за (?:жизнь|себя|семь|родн)|убь(?:ю|ют|ём|ем)(?![\\p{L}])|грозил\\S* (?:\\S+ ){0,2}(?:убить|расправ|полици|депорт|сдать|избить|покалечить|семь|родн)\\S*|грозился|грозились|(?:по)?обеща\\S* (?:их |его |её |ее )?(?:убить|избить|покалечить|сдать|депортировать|закопать)',
    ],
  },
  retention_of_identity_documents: {
    en: [
      '\\bpassports? (?:\\w+ ){0,3}locked',
      '\\b(?:passports?|identity documents?|identification documents?|id (?:cards?|documents?)|travel documents?|work permits?)\\b[^.]{0,60}\\b(?:confiscat\\w+|seiz\\w+|taken|withheld|retained|kept|held|handed over)',
      '\\b(?:confiscat\\w+|seiz\\w+|took|taken|withh[eo]ld\\w*|retain\\w*|kept|held on to|handed over|surrender\\w*)\\b[^.]{0,40}\\b(?:passports?|identity documents?|identification documents?|id cards?|documents)\\b',
      '\\b(?:have not had|without|had no) (?:their |any )?(?:passports?|identification|identity) (?:documents?|papers)?',
      '\\b(?:held|holding|keeping|took away|taking away) (?:\\w+ ){0,2}(?:passports?|ID cards?|identity cards?|identity documents?|papers)\\b',
      // IDs taken, named bare ("having their IDs taken", "his phone and ID were confiscated").
      '\\b(?:IDs?\\b[^.]{0,40}\\b(?:confiscat\\w+|seiz\\w+|taken|withheld|retained)|(?:confiscat\\w+|seiz\\w+|took|taken|withh[eo]ld\\w*|retain\\w*|surrender\\w*)\\b[^.]{0,40}\\bIDs?)\\b',
    ],
    ru: [
      '(?:паспорт(?!\\S* (?:болельщ|здоровь|объект|транспорт|качеств|безопасност))|удостоверени\\S* личност|документ)\\S*[^.!?]{0,60}(?:отобра\\S*|отбира\\S*|изъя\\S*|изыма\\S*|забра\\S*|забира\\S*|удерж\\S*|отнял\\S*|сдал\\S*|хранил\\S*|держал\\S*|спрятал\\S*|не (?:отдава|возвраща|вернул|выдава)\\S*|(?:были|был|находил\\S*|остал\\S*|оставал\\S*) у (?:него|неё|нее|них|хозя|работодат|владел|бригадир|начальник|нанимател|вербовщик|организатор|фермер|обвиняем|подозреваем))',
      '(?:отобра\\S*|отбира\\S*|изъя\\S*|изыма\\S*|забра\\S*|забира\\S*|удерж\\S*|отнял\\S*|сдал\\S*|отдал\\S*|оставил\\S* себе|спрятал\\S*|(?:держал|хранил|оставил)\\S* у себя)[^.!?]{0,40}паспорт(?!\\S* (?:болельщ|здоровь|объект|транспорт|качеств|безопасност))\\S*',
      // Officers seizing an office's documents are no evidence, so «изъяли» counts only for passports.
      '(?:отобра\\S*|отбира\\S*|забра\\S*|забира\\S*|удерж\\S*|отнял\\S*|оставил\\S* себе|спрятал\\S*|(?:держал|хранил|оставил)\\S* у себя)[^.!?]{0,40}документ\\S*',
      'без (?:паспорт\\S*|документ\\S*)|не (?:вернул\\S*|отдава\\S*|возвраща\\S*) (?:им |ему |ей )?(?:паспорт|документ)\\S*',
    ],
  },
  withholding_of_wages: {
    en: [
      '\\b(?:without (?:a )?(?:formal contract, )?(?:salary|wages|pay|payment)(?: or any (?:kind of )?payment)?|without (?:getting|receiving) (?:the |their |any )?(?:\\w+ ){0,2}(?:salary|wages|pay))',
      '\\b(?:none of them (?:had )?(?:been paid|received (?:any|anything))|(?:had|have) not received (?:any|anything)|deducted (?:for|from)|a month deducted|owing (?:more|money) (?:to|at|than))',
      '\\b(?:little or no pay|never received|received nothing|sometimes nothing|(?:wages|pay|salar\\w+) (?:\\w+ ){0,3}(?:delayed|held back)|held back|deduct\\w+ [^.]{0,40}(?:pay|wages?|salar\\w+)|paid (?:only )?in vouchers|vouchers)',
      '\\b(?:unpaid|not (?:been )?paid|never (?:been )?paid|without (?:any )?(?:pay|payment|wages|salary)|(?:withheld|withholding|withhold) (?:their |her |his )?(?:wages|pay|salar\\w+|earnings)|(?:wages|pay|salar\\w+) (?:were |was )?(?:withheld|deducted|unpaid)|paid (?:nothing|little or nothing|only a fraction)|for (?:free|no pay|nothing)|did not receive (?:any )?(?:wages|pay|salary|money))',
      // Pay refused in a noun or a plain verb ("non-payment of wages", "did not give them wages", "without rest or
      // pay", "failed to pay the national minimum wage", "paid below the minimum wage", "for no money").
      "\\b(?:non-?payment of (?:their |the )?(?:wages|salar\\w+|pay)|did(?: not|n't) (?:give|pay) (?:them|her|him|the workers) (?:any )?(?:wages|pay|salar\\w+)|without (?:\\w+ or )?(?:pay|payment|wages)\\b|(?:failed|refused) to pay (?:them |their |her |his |the )?(?:\\w+ ){0,2}(?:wages?|salar\\w+|pay)|(?:below|under|less than) the (?:\\w+ )?minimum wage|for no (?:money|wages))",
      '\\b(?:kept (?:their|her|his|most of their|all of their) (?:pay|wages|earnings)|(?:took|taking|kept|pocketed|keeping) (?:most|all|much|half|the bulk) of (?:their|her|his) (?:earnings|wages|pay)|controlled (?:their|her|his) bank (?:accounts?|cards?)|(?:paid|paying|pays) (?:(?:her|him|them) )?(?:as little as|just|only|less than) (?:£|\\$|€|US\\$) ?\\d|(?:less than|only) (?:half|a fraction|a third|a quarter|part) (?:of )?(?:the|her|his|their) (?:money|pay|wages?|salary|earnings)|(?:received|got|earned) no (?:salary|wages|pay)|(?:wages|pay) (?:were |was )?docked|docked (?:their|her|his) (?:pay|wages))',
      // Never paid with "get" ("we never got paid", "they weren't paid"); a pittance, pence or a few pounds a day or
      // week; work only for food; pay stolen; bank accounts controlled by the traffickers.
      '\\b(?:never (?:got|get) paid|(?:did not|didn.t) get paid|(?:weren|wasn).t (?:\\w+ )?paid|(?:for )?a pittance|paltry (?:pay|wages?|sums?)|(?:as little as|less than|just|only|barely) (?:£|\\$|€|US\\$)\\d+(?:[.,]\\d+)? (?:a|per|an) (?:day|week|hour|shift)|\\d+p (?:a|per|an) (?:day|hour|week)|only a few (?:pounds|dollars|euros)|(?:pay|wages|earnings|salar\\w+) (?:was|were) (?:stolen|taken|pocketed)|bank accounts? (?:\\w+ ){0,6}controlled by)',
      '\\b(?:work(?:ed|ing|s)?|labou?r(?:ed|ing)?|toil(?:ed|ing)?) (?:\\w+ ){0,2}(?:in exchange for|in return for|for) (?:food|board|shelter|lodging|a bed)(?! (?:compan|industr|firm|process|bank|deliver|shop|chain|sector|retail))',
      // Piece rates of a few cents ("paid 20 cents for each bucket harvested").
      '\\b(?:paid|earn(?:ed|ing)?|making|receiv(?:ed|ing)) (?:just |only |as little as |about )?\\d+ cents',
    ],
    ru: [
      'не выдавал\\S*|не платил никто|ничего не (?:платил|заплатил|получ\\S*|выплач\\S*)|без (?:оплаты|зарплаты|расч[её]та|вознаграждени\\S*)|бесплатно|невыплат\\S*',
      '(?:не (?:вы|за)?плат|не выплач|не рассчит|так и не (?:выплатил|заплатил|рассчитал|получил|отдал|увидел))\\S*(?![^.!?]{0,30}(?:штраф|налог|кредит|алимент|ипотек|пошлин|неустойк|компенсаци))',
      '(?:зарплат|заработ|оплат|деньг|жалован)\\S*[^.!?]{0,40}не (?:плат|выплач|выплат|получ|выда|отда|перечисл|видел|увидел|дава|производ)\\S*|(?:зарплат|оплат|выплат)\\S* (?:\\S+ ){0,2}задержива\\S*|работал\\S* (?:\\S+ ){0,2}за (?:еду|кров|ночлег|питание|похл[её]бку)|задерж\\S* (?:зарплат|выплат|оплат)\\S*',
      'не получ\\S* (?:ни копейки|ни рубля|ничего|зарплат|денег|оплат|обещанн|заработ|расч[её]т|ни гроша)\\S*|обещанн\\S* (?:деньг|зарплат|оплат|заработ|сумм)\\S*[^.!?]{0,40}не (?:получ|увидел|выплат|заплат)\\S*|платили (?:лишь |только )?(?:копейки|гроши)|(?:заработ|зарплат|деньг)\\S* (?:\\S+ ){0,2}(?:оставлял|забирал|присваива)\\S* себе|(?:вычита|удержива)\\S* из (?:зарплат|заработ)\\S*',
    ],
  },
  debt_bondage: {
    en: [
      '\\b(?:repay|repaid|repaying|(?:training|placement|recruitment|agency) fees?|deducted (?:from|for) (?:wages|their wages)|amount was deducted)',
      '\\b(?:buy (?:their|his|her|our) freedom|pay (?:it )?back|pay (?:\\w+ ){0,2}compensation|owing|recruitment (?:fees?|costs?)|(?:fee|fees) (?:of|were) [^.]{0,20}deducted)',
      '\\b(?:debt bondage|debts?\\b|owed? (?:money|the|them|him|her|\\$|£|€)|loans?|recruitment fees?|pay (?:it )?off|bonded|advance (?:payments?|wages))',
      // Charged by an agent or for the journey or permits ("charged up to €900 by an agent … for bus tickets").
      '\\bcharged (?:\\S+ ){0,6}(?:by an? (?:agent|recruiter|broker|agency|middleman)|for (?:their |the )?(?:travel|transport|(?:bus |plane |air )?tickets|flights?|visas?|work permits))',
      '\\b(?:owed? (?:them |him |her )?(?:thousands|hundreds)|owed? (?:\\w+ ){0,2}for (?:travel|transport|flights?|accommodation|visas?|food|rent)|debts? for (?:travel|transport|flights?|accommodation|visas?))',
      // Costs of the visa or the journey taken from the pay ("forced him to pay for visa and transportation costs from his paycheck").
      '\\b(?:costs? (?:\\w+ ){0,3}(?:from|out of) (?:his|her|their) (?:paychecks?|wages|pay|salar\\w+)|(?:forced|made|required) (?:him|her|them) (?:to )?pay for (?:\\w+ ){0,2}(?:visas?|transport\\w*|travel|flights?|tickets?|recruitment))',
    ],
    ru: [
      '(?:отрабатыва|отработа|отработ)\\S*[^.!?]{0,40}(?:долг|дорог|проезд|билет|расход|стоимост|выкуп|оформлени|перел[её]т)\\S*|(?:стоимост|расход)\\S* (?:на )?(?:дорог|проезд|билет|перел[её]т|оформлени)\\S*[^.!?]{0,40}(?:вычит|удерж)\\S*|якобы (?:были )?должн\\S*|должн\\S* (?:ему|им|хозяину|работодателю|вербовщику|за (?:дорогу|проезд|билет|жиль|питани))|за (?:дорогу|билет|проезд|перел[её]т|жиль|питани|еду)\\S*[^.!?]{0,40}(?:вычит|удерж)\\S*',
      'кабал\\S*|задолж\\S*(?![^.!?]{0,25}(?:по (?:кредит|ипотек|налог|квартплат|коммунал|алимент)|перед банк|банку))|долгов\\S* (?:рабств|зависимост|ям)\\S*|в сч[её]т (?:долга|дорог|проезд|билет|оформлени|жиль)\\S*',
      '(?<!(?:служебн|воинск|гражданск|сыновн|профессиональн|интернациональн)\\S* |свой |свою )долг(?:а|у|ом|е|и|ов|ам|ами|ах)?(?![\\p{L}])(?![^.!?]{0,25}(?:по (?:кредит|ипотек|налог|квартплат|коммунал|алимент|микроза)|перед (?:банк|родин|обществ)|банку|за (?:коммунал|квартплат|ЖКХ|электроэнерг|газ)))',
    ],
  },
  abusive_working_and_living_conditions: {
    en: [
      '\\b(?:(?:very |extremely )?(?:poor|precarious|pathetic|squalid|deplorable|inhumane|degrading|hazardous|unsanitary|appalling|subhuman|miserable)\\W{0,2} (?:living |working )?(?:conditions|environments?|accommodation|housing)|withheld food|crowded together|slept on (?:mattresses|the floor|pallets|cardboard)|mattresses (?:placed )?on (?:bricks|pallets|the floor))',
      '\\b(?:(?:electricity|water|power) (?:\\w+ ){0,4}(?:cut off|disconnected)|shared (?:\\w+ ){0,2}bedrooms?|broken (?:shower|toilet)|untreated (?:river )?water|contaminated|machetes?|carrying (?:heavy )?sacks|pesticides|toxic)',
      // Made to live in conditions unfit for it ("forced to live in unsuitable conditions").
      '\\b(?:(?:live|lived|living|housed|kept) in (?:unsuitable|unfit|inadequate|unsafe) (?:living )?(?:conditions|accommodation|housing)|unfit for human habitation)',
      '\\b(?:(?:treated|kept|housed) (?:\\w+ )?inhumanely|damp (?:rooms?|basements?|housing|accommodation|flats?|cellars?)|(?:no|without) (?:access to )?(?:health ?care|medical (?:care|treatment|assistance)|health services))',
      '\\b(?:malnutrition|malnourished|no (?:drinking|clean) water|without (?:running|drinking) water|one bathroom|fumes|unheated|barracks?|temperatures (?:above|over|of)|\\d+ (?:people )?to a room|windowless|no ventilation)',
      '\\b(?:squalid|filthy|cramped|overcrowded|unsanitary|inhumane|degrading|appalling|dire|(?:slept|sleep|sleeping) on (?:[\\w-]+ ){0,3}?(?:the )?(?:floor|ground)|no (?:running water|toilet|heating|beds?)|little food|(?:no|without) food|starv\\w+|rotten food|sheds?|shipping containers?|caravans?|dangerous conditions|without (?:safety|protective) (?:equipment|gear)|heavy (?:goods|loads)|lift heavy|grueling|gruelling|harsh conditions|slave-like conditions|degrading conditions)',
      // Crowding told with a number word ("eight to a horsebox", "14 sharing one bathroom"); vermin.
      '\\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+) (?:people |men |workers )?(?:to|in) (?:a|one) (?:room|horsebox|caravan|bedroom|bed|mattress|shed|container)|\\d+ (?:people |men |workers )?sharing (?:one|a|a single) (?:bathroom|toilet|room|bedroom|kitchen)|rat-infested|(?:bug|vermin|rat|cockroach)-ridden|infested|vermin|bed ?bugs)',
      // Without water or power in a list, little food or water, miserable lodging.
      '\\b(?:without (?:water|electricity|toilets?|heating|food)(?:,| or| and)|(?:limited|little|no) (?:access to )?food (?:and|or) water|little or no food|miserable (?:trailers?|housing|conditions|shacks?|huts?|rooms?))',
      // Work in the cold ("found the workers in near freezing conditions").
      '\\b(?:(?:near[- ])?freezing conditions|without (?:warm|proper) clothing)',
    ],
    ru: [
      '(?:жил(?:и|а|о)?|живут|живёт|живет|(?:ночева|спал|прожива|содержал|содержат|размещ|держал|ютил|ютят)\\S*) (?:\\S+ ){0,4}(?:в подсоб|в сара|на матрас|в вагончик|в подвал|на пол|в барак|в юрт|в палатк|в землянк|в гараж|в хлев|в коровник|в теплиц|в бытовк|в контейнер|в кунг|под открытым небом|прямо (?:в цех|на склад|на производств|на рабоч|у печ|в теплиц)|в шалаш|в трюм|в холод)',
      'без (?:окон|горячей воды|воды|отоплени\\S*|туалета|печ\\S*|света|электричеств\\S*|еды|пищи|питани\\S*|спецодежд\\S*|средств защит\\S*)|(?:не было|нет|отсутствовал\\S*) (?:ни )?(?:отоплени|воды|туалет|электричеств|света|еды|печ|душа|кроват|окон)\\S*|по \\d+ человек в (?:комнат|вагончик|помещени)|подсобн\\S* помещени|матрас\\S*|сара[еяю]',
      'антисанитар\\S*|ужасн\\S* услови\\S*|нечеловеческ\\S*|невыносим\\S* услови\\S*|скотск\\S*|спал\\S* на пол\\S*|голод\\S*|впроголодь|кормили (?:\\S+ ){0,2}(?:объедк|раз в|плохо|только)\\S*|тяжел\\S* (?:работ|груз)|тяж[её]л\\S* (?:работ|груз|услови)\\S*|бытовк\\S*|в вагончик\\S*|в юрт\\S* без|тесн\\S* (?:помещени|комнат|вагон|каморк)\\S*|холодн\\S* (?:барак|вагончик|помещени|сара|подвал|юрт|ангар)\\S*|не кормил\\S*|(?:кормил|питал|ел|еду давал)\\S* (?:\\S+ ){0,2}раз в (?:день|сутки|два дня)',
    ],
  },
  excessive_overtime: {
    en: [
      '\\b(?:from (?:six|five|four|seven|\\d) (?:in the morning|a\\.?m\\.?) (?:until|till|to) (?:dark|late|night|midnight|\\w+ at night))',
      '\\b(?:(?:[6-9]\\d|1\\d\\d) hours a week|from (?:[3-7]|0[3-7])(?::\\d\\d)? ?(?:am|a\\.m\\.) (?:until|till|to) (?:late|(?:[7-9]|1[01])(?::\\d\\d)? ?(?:pm|p\\.m\\.))|from (?:[89]|0[89])(?::\\d\\d)? ?(?:am|a\\.m\\.) (?:until|till|to) (?:late|(?:9|1[01])(?::\\d\\d)? ?(?:pm|p\\.m\\.))|(?:began|started) (?:\\w+ ){0,4}at \\d+ ?(?:am|a\\.m\\.)|until late (?:in the )?(?:evening|night)|till late)',
      '\\b(?:(?:1[2-9]|2[0-4]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[- ]hours?(?: a| per| each)? ?(?:days?|shifts?)|(?:seven|7) days a week|without (?:a )?(?:day off|days off|rest|a break)|no (?:days off|day off|rest days?)|around the clock|round the clock|from dawn (?:to|till|until) dusk|excessive (?:hours|overtime)|long hours)',
      '\\b(?:from (?:[4-7]|0[4-7])(?::\\d\\d)? ?(?:am|a\\.m\\.) (?:until|till|to) midnight|without (?:any )?breaks?)',
      // A day off refused; a day from early morning to past ten at night ("from 6 a.m. until 12 a.m.").
      "\\b(?:(?:refused|not allowed|wasn't allowed|weren't allowed|denied|never (?:given|allowed)) (?:\\w+ ){0,5}(?:a )?days? off|from (?:[3-7]|0[3-7])(?::\\d\\d)? ?(?:am|a\\.m\\.) (?:until|till|to) (?:(?:1[01])(?::\\d\\d)? ?(?:pm|p\\.m\\.)|(?:12|1|2)(?::\\d\\d)? ?(?:am|a\\.m\\.)))",
      // Very long days ("working extremely long days").
      '\\b(?:extremely|very|incredibly|exhaustingly|punishingly) long (?:days|shifts|workdays|working days)',
      // Sleep and breaks denied, shifts back to back ("denied sleep and toilet breaks").
      '\\b(?:denied (?:\\w+ )?(?:sleep|rest|breaks)|back-to-back shifts)',
    ],
    ru: [
      'с рассвета до (?:темноты|заката|ночи)|по \\d+(?:\\s*[–-]\\s*\\d+)? час\\S* в (?:сутки|день)|по (?:1\\d|2[0-4])(?:\\s*[–-]\\s*\\d+)? час\\S*|(?:1[2-9]|2[0-4]) час\\S* в (?:день|сутки)',
      'по (?:двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|двадцат)\\S* час\\S*|без выходн\\S*|без (?:отдыха|перерыв\\S*|сна)|круглосуточно|сутками|с утра до (?:ночи|поздн\\S*)|от зари до зари|сверхурочн\\S*|(?:семь|7) дней в неделю|(?:работал|трудил|вкалывал)\\S* (?:\\S+ ){0,2}с [4-8](?::00)? (?:утра )?до (?:1[89]|2[0-4]|полуночи|ночи)(?![\\d])|с \\d+ (?:утра|часов утра) до (?:\\d+ )?(?:вечера|ночи|поздн\\S*)|(?:рабоч\\S* (?:день|смен)\\S*|смен\\S*) (?:\\S+ ){0,3}(?:1[2-9]|2[0-4]) час\\S*|ежедневно[^.!?]{0,20}до (?:ночи|поздн)',
    ],
  },
};
