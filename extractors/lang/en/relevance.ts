// English relevance lexicon. Terms written from the ILO "Hard to see, harder to count" survey guidelines
// (2012, 2nd ed.), the ILO/Walk Free "Global Estimates of Modern Slavery" (2022) glossary and UNODC trafficking
// vocabulary, plus trap phrases seen in general news (sport, politics, computing, history).
// Patterns are case-insensitive regular-expression sources matched on sentence text.
import type { DiscussedKind, RelevanceLexicon } from '../../data/lexicons/types.js';

/** Cues of the topic discussed rather than a case told, by kind (weights: extractors/relevance-discussed.ts). */
const DISCUSSED_EN: [DiscussedKind, string][] = [
  // A legal norm in the abstract: modal or future punishment, "any person who", a bill that defines or would make.
  [
    'norm',
    '(?:will|would|shall) be (?:punishable|punished|liable|criminali[sz]ed|prohibited|required)|(?:can|may) (?:detain|seize|issue|exclude|impose|prohibit|ban) (?:any|a|the)\\b|punishable by|(?:any|a) (?:person|employer|company) who|whoever|(?:the |a |new )?(?:bill|law|act|regulation|directive) (?:would|will|defines|requires)|if (?:passed|adopted|approved)|(?:will|would) face (?:fines|penalties)|comes? into force',
  ],
  [
    'definition',
    '^(?:explainer|what (?:is|are|counts)|how to (?:spot|recogni[sz]e|identify|respond|comply))|^(?:strategies|information|resources|guidance|faqs?|tips) (?:for|on|about)|^for (?:instance|example),|(?:is|are) (?:defined as|work that|any work)|(?:typical|common|warning) signs|signs (?:include|of forced)',
  ],
  [
    'audit',
    'found no (?:indicators?|evidence|signs?|cases?)|no (?:evidence|indicators?|signs?) of (?:forced|child|modern)',
  ],
  [
    'plan',
    '(?:strategy|plan) (?:aims|will)|will (?:set up|create|double|require|introduce|establish)|national (?:action )?plan',
  ],
  [
    'period',
    '(?:in|during|over|throughout) (?:the )?(?:20\\d\\d|(?:past|last) (?:year|decade|\\d+ years)|the year)|a total of|year[- ]on[- ]year|(?:up|down) from|compared (?:with|to) (?:the )?(?:previous|last) year|(?:per|a) year|annual(?:ly)?',
  ],
  ['share', '\\d+(?:\\.\\d+)?(?=%)|\\d+(?:\\.\\d+)? ?(?:per ?cent|percent)'],
  [
    'attribution',
    'according to (?:\\w+ ){0,4}(?:figures|data|statistics|report|survey|study|estimates|index)|figures (?:published|released|show)|(?:the )?report (?:said|found|finds|says|recommends)',
  ],
  [
    'total',
    '(?<![$£€]|US\\$)\\d{1,3}(?:,\\d{3})+(?! ?(?:[a-z]+ ){0,2}(?:dollars|pounds|euros|ringgit|rupees|baht|yuan|yen))|(?:thousands|millions) of|\\d+(?:\\.\\d+)? million|(?:in|across) \\d+ countries',
  ],
];

export const RELEVANCE_EN: RelevanceLexicon = {
  discussed: DISCUSSED_EN,
  topic: [
    ['forced (?:labou?r|to work|into (?:labou?r|work|begging|servitude))', 3],
    ['(?:modern|modern-day|domestic|sexual|debt|labou?r)[ -]slavery', 3],
    [
      'human traffick\\w*|traffick(?:ed|ing|ers?) (?:in persons|for (?:labou?r|forced)|of (?:migrants|workers|people|women|children))',
      3,
    ],
    ['labou?r traffick\\w*|trafficking for (?:the purpose of )?(?:labou?r|forced|exploitation)', 3],
    // "Bounded labour(er)s" is how much of the Indian press spells bonded labour.
    ['debt bondage|bonded labou?r(?:ers?)?|bounded labou?r(?:ers?)?|indentured', 3],
    // Forced work as a noun ("information about forced work at a kiln", "subjected to forced work"); never "forced
    // workers to …" nor a storm that "forced work to stop".
    ['(?:about|of|to|into|from|for|doing|performing|in) forced work\\b(?! to (?:stop|halt|pause|close|end))', 3],
    [
      '(?:analogous|akin|similar|equivalent) to slavery|slavery-like|slave[ -]?labou?r(?:ers?)?|slave[- ]like conditions|enslav\\w+|held as slaves|(?:kept|used|sold|treated) (?:them )?(?:as|like) slaves',
      3,
    ],
    ['(?:involuntary|domestic) servitude|servitude', 2],
    // Court orders and US law that exist only for this offence: the UK's Slavery and Trafficking Risk and Prevention
    // Orders, peonage (18 U.S.C. 1581), "unfree labour" of the ILO and academic writing.
    ['slavery and trafficking (?:risk|prevention) orders?|STROs?|STPOs?|peonage|unfree labou?r', 3],
    // A withhold release order is issued only on a finding of forced labour (US CBP, 19 U.S.C. 1307).
    ['withhold release orders?|forced labou?r findings?', 2],
    // Agencies and words of labour abuse: the UK's gangmaster authority, exploitative work, Gulf sponsorship.
    [
      'gangmasters and labou?r abuse authority|GLAA|labou?r abuse|exploitative (?:conditions|labou?r|work|employment|wages|recruitment)|kafala',
      1,
    ],
    ['slavery', 2],
    ['slaves?', 1],
    ['traffick(?:ed|ing|ers?)', 2],
    ['labou?r exploitation|exploit(?:ed|ing|ation) (?:of )?(?:migrant |foreign )?(?:workers|labou?rers|migrants)', 2],
    ['(?:held|kept) (?:in )?captiv\\w+|held against (?:their|her|his) will|not allowed to leave|locked (?:up|in)', 2],
    ['unpaid (?:work|labou?r)|without (?:pay|wages|salary)|(?:withheld|unpaid) (?:wages|salar\\w+)', 1],
    [
      '(?:confiscated|seized|took|taken|withheld|retained) (?:their |her |his )?(?:passports?|identity documents|id cards)',
      2,
    ],
    // The workers themselves as well as the practice: "six child labourers rescued from a bangle unit".
    ['child labou?r(?:ers?)?', 2],
    [
      'exploit(?:s|ed|ing|ation of)? (?:\\w+ ){0,4}(?:workers|labou?rers|pickers|farmworkers|migrants|employees|fishermen|maids|crew)',
      2,
    ],
    [
      '(?:made|forced|compelled|coerced) to (?:sell|beg|clean|cook|sew|carry|deliver|pick) |(?:made|compelled|coerced) to work|forc(?:ed|ing) (?:\\w+ ){1,3}to (?:live|sleep|work)|forced to (?:live|sleep)',
      2,
    ],
    ['passports? (?:were |was |had been )?(?:held|taken|confiscated|seized|withheld|retained|kept)', 2],
    ['not (?:been )?paid (?:for )?(?:\\w+ ){0,2}(?:months|weeks)|unpaid wages|wage theft', 1],
    [
      'scam (?:compounds?|centres?|centers?|hubs?|factor(?:y|ies)|parks?)|forced (?:to )?(?:scam|commit (?:online )?fraud)',
      2,
    ],
    [
      '(?:ordered|forced|made|mobili[sz]ed|compelled|sent) to (?:pick|harvest|work (?:in|on) the (?:cotton|fields))|forced mobili[sz]ation|labou?r transfers?|state-imposed',
      2,
    ],
    ["caporalato|gangmasters?|labou?r camps?|subjugation|servitude|workers' rights", 1],
    // Exploitation of the homeless and the vulnerable (UK gangs recruiting at shelters), and of migrants as such.
    [
      'exploit(?:s|ed|ing|ation of)? (?:\\w+ ){0,2}(?:homeless|vulnerable|destitute) (?:men|women|people|adults|victims)|migrant (?:worker )?(?:exploitation|abuse)|(?:exploitation|abuse) of (?:\\w+ ){0,2}(?:migrants?|staff|seasonal workers|temporary (?:visa )?workers)',
      2,
    ],
    // Children employed in hazardous or night work: child labour told without the phrase.
    [
      '(?:employ\\w*|hir\\w+|us(?:ed|ing)) (?:\\w+ ){0,4}(?:children|minors) (?:as young as|aged|under (?:the age|\\d))|(?:children|minors) (?:\\w+ ){0,3}(?:working|employed|to work|to clean) (?:\\w+ ){0,4}(?:hazardous|dangerous|overnight|night|heavy)|child labou?r (?:violations|laws)',
      2,
    ],
  ],
  events: [
    [
      'rescu\\w+|freed|liberated|raid(?:ed|s)?|arrest(?:ed|s)?|detained|charged|convicted|sentenced|upheld|jailed|prosecut\\w+|indicted|pleaded guilty|found guilty|intercepted|discovered|busted|escaped|fled|released|transferred|sent to (?:work|a|the)|ordered to|moved (?:\\w+ ){0,5}(?:out of|from)|handed (?:over|to)|repatriated|flown home|returned home|removed from|taken off',
      1,
    ],
    // Court steps in a case.
    [
      'convictions?|(?:lost|loses|lose|won|wins|dismissed|rejected) (?:an |his |her |their |the )?appeal|remanded(?: in custody)?|denied bail|refused bail|committed (?:for|to) trial|went on trial|stood trial|faces? trial|ordered (?:to pay|(?:\\w+ )?held)',
      1,
    ],
    // A court order against named people or a business told by its approval ("Magistrates' Court approved the
    // order", "a slavery and trafficking risk order was secured"), and customs holding a supplier's goods ("announced
    // the seizure of a shipment of …", "officers will detain … produced by X"): goods by generic nouns or by their maker,
    // never one page's goods.
    [
      '(?:approved|secured|issued|obtained) (?:\\w+ ){0,5}(?:orders?|bans?)|(?:orders?|bans?) (?:was |were |has been |have been )?(?:approved|secured)|seiz(?:ure|ed|es) (?:of )?(?:\\w+ ){0,4}(?:shipments?|consignments?|goods|products|merchandise|cargo(?:es)?|imports|containers?)|detain (?:\\w+ ){0,5}(?:shipments?|consignments?|goods|products|imports|merchandise)|detain(?:ed|s)? (?:\\w+ ){1,4}(?:produced|made|manufactured|harvested|mined|processed) (?:by|at|in)',
      1,
    ],
    // Cases in other shapes: fines and compensation, customs orders and import bans against a supplier, inspection
    // findings, complaints, exposés of a named case.
    [
      'fined|bailed|released on bail|licen[cs]es? (?:was |were |has been |have been )?(?:revoked|suspended)|(?:revoked|suspended) (?:\\w+ ){0,3}licen[cs]es?|ordered to compensate|(?:imposed|granted|made) (?:\\w+ ){0,5}(?:orders?|bans?)|awards? (?:\\w+ ){0,3}(?:[£$€]?\\d[\\d,.]*|compensation|damages|back pay|penalties)|awarded|compensation (?:order|award)|withhold release orders?|WROs?|import bans?|banned (?:imports|shipments)|detention orders?|detained shipments|blocked (?:imports|shipments)|findings? of forced labou?r|inspectors? found|inspection (?:found|revealed)|were found (?:working|living|sleeping|held)|filed (?:a )?(?:complaint|lawsuit)|sued|identified as (?:\\w+ )?victims|victims? (?:\\w+ ){0,2}(?:were |was |being |been )?identified|safeguarded|(?:shut|closed) down (?:by|after|following|in)',
      1,
    ],
    // Civil suits and rulings in them: workers or an agency suing a named employer ("Thai workers sue recruiter",
    // "the EEOC launched a lawsuit", "a judge ruled the lawsuit can proceed", "the motion to dismiss was denied").
    // A court ruling on a law ("the court ruled the ban lawful") has no suit or party: the related cues weigh it.
    [
      'sues|suing|(?:filed|launched|brought|lodged|filing|bringing) (?:a |an |the )?(?:\\w+ ){0,3}(?:lawsuits?|suits?|civil (?:claims?|complaints?|actions?))|named (?:as defendants )?in (?:the|a) (?:lawsuit|suit|complaint)|(?:lawsuit|suit|complaint) (?:\\w+ ){0,6}(?:can|may|will|should) (?:proceed|go forward|go ahead|move forward)|(?:motion|bid) to dismiss (?:\\w+ ){0,4}(?:was |were |has been )?(?:denied|rejected|refused)|ruled (?:\\w+ ){0,2}that (?:\\w+ ){0,4}(?:lawsuit|suit|claims?|complaint)|ruled in favou?r of (?:the )?(?:workers|plaintiffs|victims|employees|claimants?)',
      1,
    ],
    // A victim removed to safety: "a worker was taken into the care of the authorities", "taken to a place of safety".
    ['taken (?:in)?to (?:the )?(?:care|safety|a (?:place of )?safety|a (?:safe house|shelter))', 1],
  ],
  incident: [
    ['police|authorities|investigators|prosecutors|court|officers|inspectors', 0.5],
    [
      '\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens? of|hundreds of) (?:\\w+ ){0,2}(?:migrants?|workers?|labou?rers?|victims?|people|men|women|children|fishermen|girls|boys|nationals|citizens|employees|minors)',
      1,
    ],
  ],
  related: [
    [
      'report(?:ed)? (?:says|finds|found|published)|index|survey|estimat\\w+|statistics|million people|worldwide|globally',
      1,
    ],
    ['law|bill|legislation|act\\b|parliament|regulation|due diligence|policy|ratif\\w+|convention', 1],
    // Plans not yet law: "plans for an import ban", "proposals", a consultation.
    ['plans? (?:for|to)|proposals?|consultation|white paper', 1],
    ['modern slavery statement|supply chains?|audit\\w*|risk assessment', 1],
    // Yearly and ranking reports: the Trafficking in Persons report, its tiers and watch list.
    [
      '(?:annual|yearly|global) (?:\\w+ ){0,4}(?:report|index|survey|estimates?)|(?:persons|slavery) report|report (?:released|issued|urged|kept|ranks?|ranked|downgraded|upgraded)|tier (?:1|2|3|one|two|three)\\b|watch ?list|minimum standards',
      1,
    ],
    ['opinion|op-ed|column|we must|should|explainer|what is', 0.5],
  ],
  traps: [
    'master[-/ –—]slave|slaves? (?:nodes?|servers?|replicas?|databases?|devices?|drives?|modes?|clocks?|systems?|cylinders?|units?|flash(?:es)?|controllers?|processors?|stations?|ports?|boards?|disks?|terminals?|locomotives?|operation)|or slave,|(?:terminology|terms?) (?:\\w+ ){0,3}(?:associated with|of) slavery|associated with slavery|primary[-/ ]replica',
    'slaves? to (?:the|his|her|their|fashion|rhythm|routine|[A-Z]\\w+)',
    '\\bLabour (?:party|leader|mps?|government|forced a vote|councillors?)|forced (?:a vote|off|out|an error|errors|fumble|turnover|to retire|landing|to concede|a draw|into (?:administration|liquidation|bankruptcy|closure)|to close)|forced to work (?:[\\w-]+ ){0,2}(?:overtime|extra hours|longer hours|weekends|through (?:the|christmas|holidays))',
    '(?:drugs?|narcotics?|arms|weapons?|guns?|firearms|wildlife|ivory|cocaine|heroin|meth\\w*|fentanyl|fuel|cigarettes?|tobacco|antiquities|timber|gold) (?:\\w+ )?traffick\\w*|traffick\\w+ (?:of |in )?(?:drugs|narcotics|weapons|arms|guns|firearms|cocaine|heroin|wildlife|ivory|fentanyl)',
    // Sport: a side "forced to work with ten men" after a red card, "forced to work hard for the win".
    'forced to (?:work|play|defend|battle|hang on|cling on) (?:with|for) (?:only |just )?(?:ten|nine|eight|10|9|8) men|forced to work (?:hard|harder|overtime) for (?:it|the|their|his|her) (?:win|victory|point|goal|result)s?',
    'slave(?:ry)? to the (?:press|ball|clock|algorithm|calendar|fixture list|schedule)|wage slaves?|(?:treated|work(?:ing|ed)?) like (?:a )?slaves? (?:to|by|for) (?:the )?(?:rules|deadlines|clock|boss|targets|treasury|calendar|fixture list|schedule)',
  ],
  // Sex trafficking with no labour element is out of scope: brothels and prostitution, and no word of other work.
  sexual:
    'prostitut\\w*|brothels?|sex[- ]traffick\\w*|sex trade|sex work\\w*|sex slaves?|sexual exploitation|sexually exploited|massage parlou?rs?|escort agenc\\w+|pimps?|vice unit',
  labourSetting:
    'labou?r\\w*|servitude|domestic (?:workers?|helpers?|servants?|work)|maids?|nann(?:y|ies)|farms?|factor(?:y|ies)|kilns?|construction|building sites?|fishing|fishermen|vessels?|trawlers?|car wash\\w*|nail (?:bars?|salons?)|restaurants?|takeaways?|cannabis|harvest\\w*|pickers?|plantations?|mines?|mining|wages?|unpaid|salar(?:y|ies)|begging|beggars?|workshops?|garment|textile|warehouses?|cleaners?|cleaning|carers?|agricultur\\w*|scam (?:compounds?|centres?|centers?)',
  // Sentences about the history of abolition or the Atlantic slave trade: their weak topic words do not count.
  contextTraps: [
    'abolition|abolitionists?|emancipation|(?:transatlantic|atlantic|african) slave trade|wilberforce|civil war|antebellum|confederate|slave ships?|1[5-8]\\d\\ds|in the 1[5-8]\\d\\d|reparations|juneteenth|slaveholders?|slave owners?|slave trade|slave traders?|slaving|enslaved africans|colonies|colonial|1[5-8]\\d\\d',
    // Ordinary employment disputes: "forced to work long hours" in a strike over pay is not forced labour.
    'strikes?|walk(?:ed)? out|industrial action|pay rise|pay dispute|bonuses|pay talks',
    // Party politics: "union pressure forced Labour into a U-turn" is about a party, not about work.
    'u-turns?|climbdowns?|shadow (?:\\w+ )?(?:secretary|minister|chancellor)|backbench\\w*|frontbench\\w*|manifesto|tor(?:y|ies)|by-elections?|labour (?:party|leader(?:ship)?|mps?|government|ministers?|conference|whips?)',
    // Sport: players who call a crowded fixture list "modern slavery" speak of their calendar, not of forced work.
    "football\\w*|fixtures?|squads?|players'? unions?|top clubs|premier league|(?:two|three|four|\\d) (?:matches|games) (?:in|a) (?:a )?(?:week|days)|fifa|uefa|bosman|transfer (?:fees?|market|window|request)|(?:tying|tie|ties|tied|buying|selling|transferring) players|players? (?:to|on|under) (?:\\w+ )?contracts?",
    // Consumer debt: "debt slavery" of borrowers and mortgage holders is a metaphor.
    'payday|lenders?|borrowers?|loan sharks?|credit cards?|mortgages?|student (?:loans?|debt)|interest rates?|consumer debt|overdrafts?|microfinance|microloans?',
    // Culture and memory: films, books and exhibitions about slavery are not cases.
    'films?|movies?|documentar(?:y|ies)|novels?|memoirs?|exhibitions?|museums?|cinemas?|screenplay|box office|premieres?|curators?|reviews?|miniseries|tv series|episodes?|sitcom|musical|director \\w+ \\w+',
  ],
};
