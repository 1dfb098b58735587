// Cues that tell a specific case from writing about the topic, English and Russian. Written for this project
// from the ILO indicators of forced labour (ILO SAP-FL, 2012) as news words them, and from the shape of
// statistics round-ups ("report finds", "per cent", "across 40 districts"). Case-insensitive regex sources;
// English ones are wrapped in word boundaries, Russian ones are stems.

export interface CaseCues {
  /** Exploitation described as behaviour, by kind; several kinds about a group of workers make the topic. */
  exploitation: [
    kind: 'wages' | 'documents' | 'movement' | 'debt' | 'violence' | 'threats' | 'isolation' | 'hours' | 'conditions',
    pattern: string,
  ][];
  /** A specific group of people: a count or a nationality in front of a worker noun. */
  group: string;
  /** The same by nationality ("Nepali workers"); matched case-sensitively, so it needs the capital. */
  nationalityGroup: string;
  /** Verbs of case events (rescue, raid, complaint, court), including the ones the topic lexicon leaves out. */
  events: string;
  /** Cues of a statistics sentence: percentages, years, many regions, published figures. */
  statistics: string[];
  /** Words of a workplace: with one exploitation cue and a case headline, the story is about work. */
  workplace: string;
  /** A headline that announces figures, an index or a report rather than a case. */
  statisticsTitle: string;
  /** Optional: a named person at a court or police step ("the conviction of Aldo Grint", "Rosa Amell, 38, was
   *  jailed"); matched case-sensitively, it stands for the specific group of a case in the lead. */
  namedAccused?: string;
  /** Optional: one victim's case told as it happened ("Anita's passport was kept by her employer", «Мошин попал в
   *  рабство», "演員王星被從緬甸詐騙集團解救"): a named or identified person and what was done to them, in the past.
   *  Matched case-sensitively; like a counted group with an event, it makes a lead text tell a specific case. */
  victimStory?: string;
}

export const CASE_CUES_EN: CaseCues = {
  exploitation: [
    [
      'wages',
      'paid (?:them |him |her )?(?:nothing|no wages)|received nothing|(?:were|was) (?:never |not )paid|unpaid (?:wages|salar\\w+)|without (?:pay|wages|salar\\w+)|(?:not|never|no longer) (?:been |being )?paid|stopped paying|(?:withheld|withholding|owed) (?:\\w+ ){0,3}(?:wages|salar\\w+|pay)|(?:received|receiving|got) no (?:wages|salary|pay)|paid nothing|no (?:wages|salary) since|wages? (?:were |had been |was )?(?:withheld|unpaid)|(?:have|has|had) not received (?:\\w+ )?(?:salary|wages|pay)',
    ],
    [
      'documents',
      '(?:documents|papers|passports?|id cards|identity cards) (?:were|was|had been) (?:kept|taken|held|confiscated|seized|withheld|retained) (?:by|from)|(?:kept|keeps|keeping|took|taken|confiscated|seized|held|holds|holding|retained|withheld|withholding|removed) (?:\\w+ ){0,2}(?:passports?|identity (?:documents|cards|papers)|id cards|documents|papers)|passports? (?:were |was |had been |are )?(?:kept|taken|confiscated|seized|held|retained|withheld)|(?:refus\\w+|declined) to (?:return|give back|hand back) (?:\\w+ ){0,2}(?:passports?|documents)|(?:has|had|have|holds) (?:our|their|his|her) passports',
    ],
    [
      'movement',
      "(?:were|was|had been) (?:held|kept) (?:at|in|on) (?:a|an|the) (?:\\w+ ){0,2}(?:farm|house|factory|plant|site|camp|boat|vessel|compound|kiln|shed|property)|could(?: not|n't| never) (?:leave|go home|return home|escape)|(?:never|only) (?:allowed|let) (?:out|to leave)|allowed out only|only under escort|escorted (?:everywhere|at all times)|(?:cannot|can't) (?:leave|go home)|not (?:allowed|permitted|free) to leave|unable to (?:leave|go home)|locked (?:in|up|inside)|stranded|trapped|under guard|(?:refus\\w+|declined) to issue (?:\\w+ ){0,2}exit visas?|confined to",
    ],
    [
      'debt',
      'debts? (?:to|owed to) (?:the |a |their )?(?:recruiter|agent|employer|owner|broker)|(?:the |their |his |her )?debts? (?:had |has |kept )?(?:grown|grew|growing|rising|rose)|told (?:they|he|she) owed|paid (?:the |a )?(?:recruiters?|agents?|brokers?) (?:\\w+ ){0,2}(?:thousands|fees?|money)|owed (?:the |a |their )?(?:recruiter|agent|employer|owner|broker)|recruitment fees|(?:work|pay) off (?:a |the |their )?(?:debt|loan)|(?:to )?repay (?:a |the |their )?(?:debt|loan|advance)|in debt to',
    ],
    [
      'violence',
      'beaten|beat (?:and \\w+ )?(?:them|him|her|us|(?:their|his|her|the) \\w+)|assaulted|punched|kicked (?:them|him|her)|scalded|burned (?:them|him|her)|whipped|tortured',
    ],
    // Intimidation is a kind of its own (ILO): threats to kill, to report, to harm the family.
    [
      'threats',
      'threaten(?:ed|ing) (?:them|him|her|us|with|to|(?:their|his|her|the) \\w+)|threats (?:of|to|against)|intimidat\\w+',
    ],
    // Cut off from others: phones taken, no contact allowed.
    [
      'isolation',
      '(?:phones?|mobiles?) (?:was |were |had been )?(?:taken|confiscated|seized)|(?:took|taken|confiscated|seized) (?:away )?(?:\\w+ )?(?:phones?|mobiles?)|(?:no|not allowed any) contact with (?:their|his|her) famil',
    ],
    // Hours beyond any law: shifts told by their length.
    [
      'hours',
      '(?:shifts?|days?) of (?:up to )?(?:1[3-9]|2\\d|thirteen|fourteen|fifteen|sixteen|eighteen|twenty) hours|(?:1[3-9]|2\\d)-hour (?:shifts?|days?)|(?:7|seven) days a week without (?:a )?(?:break|rest|day off)',
    ],
    // Housing and pay that leave nothing: squalid rooms, deductions that eat the wage.
    [
      'conditions',
      '(?:squalid|filthy|appalling|inhumane|degrading) (?:living |working )?(?:conditions|accommodation|housing)|deductions (?:\\w+ ){0,6}(?:left|leaving) (?:them|him|her) with (?:almost |next to )?nothing',
    ],
  ],
  group:
    '(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|(?:twenty|thirty|forty|fifty)-\\w+|dozens of|a dozen|hundreds of|more than \\d+) (?!(?:million|billion|thousand|per|of all)\\b)(?:\\w+ ){0,3}(?:workers?|labou?rers|migrants|men|women|children|girls|boys|fishermen|crew(?: members)?|employees|pickers|maids|builders|people|nationals|victims|minors|teenagers)',
  // "Nepali workers", and a numeral before a capitalised plural ("14 Bangladeshis"), not a year ("2026 Games").
  nationalityGroup:
    '[A-Z][a-z]+(?:i|ian|ese|ish|an|ine|ali|eki|ino|ina|er) (?:\\w+ )?(?:workers|labou?rers|migrants|men|women|fishermen|crew|maids|nationals|builders|pickers)|(?<![\\d.,])(?!(?:19|20)\\d\\d\\b)\\d{1,5} [A-Z][a-z]+s',
  events:
    'rescu\\w+|freed|liberated|raid(?:ed|s)?|arrest(?:ed|s)?|detained|charged|convicted|sentenced|jailed|remanded|indicted|found|discovered|stranded|escaped|fled|complain(?:ed|ts?)|told (?:reporters|journalists|police)|sought help|repatriated|visited the (?:camp|site|farm|factory)|fined|sued|trapped|returned home|seized|accused|on trial|trial (?:of|against)|court heard|pleaded|withhold release order|import ban|fac(?:es|ing|ed) (?:\\w+ ){0,3}charges|charges (?:against|over)|identified as (?:\\w+ )?victims|victims? (?:\\w+ ){0,2}(?:were |was |being |been )?identified|(?:shut|closed) down|safeguarded|warrants? (?:was |were )?(?:executed|carried out)|executed (?:a |the )?(?:search )?warrants?',
  statistics: [
    '\\d+(?:[.,]\\d+)? ?(?:%|per ?cent|percent)',
    '(?:report|survey|study|index|data|figures|statistics) (?:\\w+ ){0,3}(?:finds|found|shows|showed|says|released|published)|according to (?:the )?(?:\\w+ ){0,3}(?:figures|data|statistics|report|survey|index)|(?:annual|global) (?:report|index|survey|estimates?)',
    '(?:in|during|over|since) (?:19|20)\\d\\d|last year|over the (?:past |last )?(?:year|decade)|year[- ]on[- ]year|each year|per year|a year earlier|the year before',
    'across (?:\\d+|the|all|several|many) (?:\\w+ )?(?:countries|districts|provinces|regions|states|sectors)|\\d+ (?:countries|districts|provinces|regions|states)|nationwide|worldwide|globally|ranks?|ranked|ranking|highest (?:number|rate|share)|accounted for|account for',
    '\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)? (?:million|billion)|estimat\\w+',
  ],
  workplace:
    'farms?|factor(?:y|ies)|plants?|kilns?|sites?|camps?|workshops?|mines?|vessels?|boats?|plantations?|employers?|recruit\\w*|wages|salar\\w+|jobs?',
  namedAccused:
    '(?:conviction|convictions|sentencing|trial|retrial|arrest|prosecution|extradition|acquittal) of (?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+|(?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+,? (?:\\d{1,2},? )?(?:(?:[a-z]+ ){0,4}[a-z]+,? )?(?:was|were|has been|have been|had been|is|are) (?:jailed|imprisoned|sentenced|convicted|charged|arrested|indicted|found guilty|remanded|fined)|(?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+,? (?:\\d{1,2},? )?(?:and (?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+,? (?:\\d{1,2},? )?)?(?:all |both )?(?:deny|denies|admit|admits|admitted|pleaded guilty)',
  statisticsTitle:
    '\\d+(?:\\.\\d+)? (?:million|billion)|index|report (?:finds|says|shows)|data (?:shows|show|reveals)|figures (?:show|reveal)|survey|statistics|ranking|(?:rose|fell|rise|fall|up|down) \\d+ ?(?:%|per ?cent)|account for most|accounts for most',
};

export const CASE_CUES_RU: CaseCues = {
  exploitation: [
    [
      'wages',
      'не плати\\S*|не выплачива\\S*|не выплатил\\S*|без (?:оплаты|зарплаты|денег)|не получа\\S* (?:\\S+ )?(?:зарплат|денег|оплат)|невыплат\\S*|задержива\\S* зарплат',
    ],
    [
      'documents',
      '(?:отобрал\\S*|отобрали|изъял\\S*|забрал\\S*|удерживал\\S*|отнял\\S*|держал\\S*) (?:у \\S+ )?(?:\\S+ )?(?:паспорт|документ)|паспорта? (?:были |был )?(?:отобран|изъят|у работодател)|без (?:паспортов|документов)',
    ],
    [
      'movement',
      'не могл\\S* (?:уехать|уйти|покинуть|вернуться)|не выпуска\\S*|взаперти|запира\\S*|заперт\\S*|под охраной|(?:за )?попытк\\S* (?:уйти|бежать|сбежать|уехать)|удерживал\\S*|удерживали|не отпуска\\S*',
    ],
    [
      'debt',
      'должн\\S* (?:ему|им|ей|работодател|вербовщик|хозя)|отработать долг|в сч[её]т долга|долг\\S* (?:перед|за дорогу)|за дорогу и жиль',
    ],
    ['violence', 'избива\\S*|избил\\S*|били |угрожа\\S*|угроз\\S*|пытал\\S*'],
  ],
  group:
    '(?:\\d+|двое|трое|четверо|пятеро|шестеро|семеро|восемь|девять|десять|двенадцать|пятнадцать|двадцать|тридцать|сорок|пятьдесят|двоих|троих|четверых|пятерых|шестерых|семерых|восьмерых|десятерых|(?:два|три|пять|шесть|семь|восемь|девять|одиннадцать|двенадцать|тринадцать|четырнадцать|пятнадцать|шестнадцать|семнадцать|восемнадцать|девятнадцать|двадцать|тридцать|сорок)\\S*) (?:\\S+ ){0,2}(?:мигрант|рабоч|человек|граждан|женщин|мужчин|детей|работник|уроженц|выходц|иностранц|строител|жертв)',
  nationalityGroup:
    '(?:граждан|уроженц|выходц)\\S* [А-ЯЁ]\\S+|[а-яё]+[сц]к(?:ие|их|ими|ий|ого|ому) (?:строител|рабоч|мигрант|работник|граждан)\\S*|(?:рабоч|строител|мигрант|работник)\\S* из [А-ЯЁ]\\S+',
  events:
    'обнаружил\\S*|обнаружен\\S*|освобод\\S*|вызвол\\S*|спас\\S*|задерж\\S*|арестова\\S*|рейд|облав\\S*|уголовн\\S* дел|приговор\\S*|осуд\\S*|осужд\\S*|обвинени\\S*|обвиня\\S*|сбежал\\S*|обратил\\S*|пожаловал\\S*|взят\\S* под стражу|заключ\\S* под стражу|мер\\S* пресечени\\S*|признал\\S* виновн\\S*|освобожд\\S*|суд(?:ят|или|ит|ил) |раскрыл\\S*|выдвор\\S*|депортир\\S*|вернул\\S*|вернуть|удерживают|удерживаем\\S*|удерживающ\\S*|содерж\\S* в (?:рабстве|неволе|условиях)|нашли|найден\\S*',
  statistics: [
    '\\d+(?:[.,]\\d+)? ?(?:%|процент)',
    'по данным|по оценк\\S*|согласно (?:\\S+ )?(?:доклад|отчет|отчёт|данн|статистик)|доклад\\S*|исследовани\\S*|статистик\\S*|индекс\\S*|рейтинг\\S*',
    '(?:за|в|с) (?:19|20)\\d\\d (?:год|г\\.)|за год|годом ранее|в прошлом году|ежегодно',
    'больше всего|в (?:\\d+ )?(?:регионах|странах|област\\S*)|по всей стране|в мире|по стране',
    '\\d{1,3}(?: \\d{3})+|\\d+(?:[.,]\\d+)? (?:млн|тыс|миллион)',
  ],
  workplace: 'ферм|завод|фабрик|цех|стройк|строител|теплиц|плантац|шахт|судн|работодател|вербов|зарплат|работ',
  statisticsTitle:
    '\\d+(?:[.,]\\d+)? (?:млн|миллион)|индекс|доклад|исследовани|статистик|рейтинг|число (?:\\S+ )?(?:выросло|сократилось|жертв)|(?:вырос\\S*|снизил\\S*|сократил\\S*) на \\d+',
};
