// Word lists for finding people and organisations without a tagger (compromise's people() misses most Central
// Asian names): role and title words, organisation head words, company suffixes, and capitalised words that
// are never part of a person's name. Compiled for this project from news usage.
export const TITLES_EN =
  'Prosecutor|Public Prosecutor|Labour Inspector|Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Judge|Justice|Detective|Inspector|Chief|Superintendent|Sergeant|Sgt|Constable|Officer|Captain|Capt|Colonel|Col|General|Gen|Major|Lieutenant|Lt|President|Prime Minister|Minister|Senator|Governor|Mayor|Director|Commissioner|Ambassador|Deputy|Head|Prosecutor|Attorney';

/** Roles written before or after a name; the first group marks people accused in a case. */
export const PERPETRATOR_ROLES = [
  'owner',
  'owners',
  'co-owner',
  'proprietor',
  'proprietors',
  'director',
  'sole director',
  'managing director',
  'boss',
  'employer',
  'farmer',
  'gangmaster',
  'trafficker',
  'traffickers',
  'recruiter',
  'manager',
  'businessman',
  'businesswoman',
  'landlord',
  'supervisor',
  'foreman',
  'captain',
  'skipper',
  'ringleader',
  'gang leader',
  'leader',
  'suspect',
  'defendant',
  'accused',
  'agent',
  'broker',
  'contractor',
  'partner',
  'wife',
  'husband',
  'son',
  'daughter',
  'brother',
  'couple',
  'married couple',
  'accomplice',
  'accomplices',
  'co-accused',
  'co-defendant',
  'henchman',
  'владелец',
  'владелица',
  'владельцы',
  'хозяин',
  'хозяйка',
  'хозяева',
  'директор',
  'предприниматель',
  'бизнесмен',
  'фермер',
  'вербовщик',
  'подозреваем',
  'обвиняем',
  'руководител',
  'начальник',
  'бригадир',
  'прораб',
  'посредник',
  'работодател',
  // Russian words of a court or an arrest, and kin and helpers of the accused, written as a role before a name.
  'осужд',
  'задержанн',
  'фигурант',
  'организатор',
  'главар',
  'надсмотрщик',
  'сообщни',
  'соучастни',
  'супруг',
  'жена',
  'сын',
  'брат',
];
export const OTHER_ROLES = [
  'lawyer',
  'attorney',
  'barrister',
  'solicitor',
  'superintendent',
  'sergeant',
  'constable',
  'commissioner',
  'magistrate',
  'collector',
  'mayor',
  'governor',
  'senator',
  'congressman',
  'congresswoman',
  'councillor',
  'mp',
  'professor',
  'coordinator',
  'head of',
  'activist',
  'activists',
  'journalist',
  'reporter',
  'correspondent',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'inspector',
  'detective',
  'officer',
  'police',
  'prosecutor',
  'judge',
  'minister',
  'official',
  'researcher',
  'campaigner',
  'investigator',
  'mother',
  'father',
  'victim',
  'survivor',
  'worker',
  'migrant',
  'founder',
  'chairman',
  'chairwoman',
  'ambassador',
  'consul',
  'адвокат',
  'юрист',
  'активист',
  'правозащитни',
  'журналист',
  'следовател',
  'прокурор',
  'судья',
  'представител',
  'мать',
  'отец',
  'пострадавш',
  // Russian officials, police ranks, experts and victims: never the accused.
  'потерпевш',
  'полицейск',
  'сотрудник',
  'полковник',
  'подполковник',
  'майор',
  'генерал',
  'инспектор',
  'депутат',
  'министр',
  'губернатор',
  'омбудсмен',
  'уполномоченн',
  'эксперт',
  'волонтер',
  'волонтёр',
  'координатор',
  'основател',
  'пресс-секретар',
  // Heads of rights groups and funds quoted about a case («руководитель движения «Альтернатива» Олег Мельников»).
  'руководитель движения',
  'руководитель организации',
  'руководитель центра',
  'руководитель фонда',
  'глава движения',
  'глава фонда',
  'лидер движения',
  'председател',
  'сопредседател',
  'директор фонда',
  'директор центра',
];
export const PERPETRATOR_CUES_EN =
  /\b(?:arrest\w*|charged|accused|suspect\w*|convicted|sentenc\w+|jailed|detained|indicted|remanded|prosecut\w+|pleaded guilty|found guilty|identified (?:\w+ ){0,6}as|owned by|operated by|run by|ran the|owners? of|trafficker|gangmaster|faces? charges|allegedly|conviction|guilty|absconded|absconding|on the run|(?:case|FIR|complaint|charges?) (?:\w+ ){0,3}(?:registered|filed|lodged|brought) against|booked|who (?:ran|runs|owned|owns|operated|recruited|trafficked|employed|hired)|(?:had|has|have) (?:\w+ )?(?:recruited|trafficked|exploited|enslaved|forced|kept|held|confiscated|withheld)|trafficked|enslaved|(?:deny|denies|denied|admit|admits|admitted) (?:\w+ ){0,3}(?:charges?|counts?|offences?|conspiracy|trafficking|slavery|exploit\w*|forced labou?r|holding))\b/i;
export const PERPETRATOR_CUES_RU =
  /прораб\S*|бригадир\S*|посредник\S*|задерж\S*|арестова\S*|обвиня\S*|обвинени\S*|подозрева\S*|осужд\S*|приговор\S*|подсудим\S*|владел\S*|хозя\S*|принадлеж\S*|возбужден\S*/iu;

/** Head words that make a capitalised run an organisation. */
export const ORG_HEADS =
  'Police|Ministry|Ministries|Organization|Organisation|Embassy|Consulate|Court|Authority|Agency|Committee|Commission|Office|Service|Services|Department|Council|Union|Association|Foundation|Group|Ltd|Limited|LLC|Inc|Co|Corp|Corporation|Company|Bank|University|Centre|Center|Network|Fund|Institute|Party|Coalition|Watch|International|Memorial|Action|Trust|Federation|Society|Bureau|Directorate|Prosecutor|Prosecution|Army|Navy|Guard|Force|Forces|Council|Parliament|Assembly|Government|Administration|Farm|Farms|Factory|Fisheries|Seafood|Foods|Trading|Enterprises|Holdings|Industries|Textiles|Garments|Valeting|Construction|Logistics|Restaurant|Hotel|Market|Supermarket|Mine|Mining|Plantation|Plantations';
/** Suffixes and head words that make an organisation a business. */
export const BUSINESS_HEADS =
  /\b(?:Ltd|Limited|LLC|L\.L\.C\.|Inc|Co|Corp|Corporation|Company|Group|Holdings|Farm|Farms|Factory|Fisheries|Seafood|Foods|Trading|Enterprises|Industries|Textiles|Garments|Valeting|Construction|Logistics|Restaurant|Hotel|Supermarket|Mine|Mining|Plantation|Plantations|GmbH|S\.A\.|S\.L\.|Sdn Bhd|Bhd|PLC|plc|Pty|Pvt)\.?$/;

/** Capitalised words that are not names of people (sentence starters, months, common heads). */
export const NOT_NAME_WORDS = new Set(
  `The A An This That These Those It He She They We I You His Her Their Our Its In On At For From With By Of And But Or
If When While After Before As Since Until Under Over About Into Police Modern Slavery Act Labour Labor Court Ministry Embassy
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
October November December Mr Mrs Ms Dr Prof Sir Detective Inspector Chief Officer Captain President Minister Director
Related Articles Comment Comments Watch Video Photo Reuters AFP AP Read More Share Tweet Email Print Subscribe Advertisement
Central Asian Asia Europe European Africa African Western Eastern Northern Southern Islamic Muslim Muslims Christian Soviet
Civic Action Memorial Human Rights National International Federal State Supreme District Regional City Council Government
Department Office Agency Authority Home Foreign Interior Justice Labour Party Union News Daily Post Times Press Media
Christmas Easter Ramadan Eid God Allah Covid Internet Facebook WhatsApp Telegram Instagram Twitter YouTube TikTok Google
Uzbek Kazakh Tajik Kyrgyz Russian Russians Slovak Slovaks Chinese Thai Burmese Vietnamese Cambodian Indian British English
Migrant Migrants Workers Women Men Children Girls Boys Victims People Families Officers Activists Prosecutors Investigators
Road Street Avenue Lane House Division Unit Act Code Sanhita Park Centre Center Station Square Bridge Hall Region Province
Prefecture County Camp Village Island River Lake Port Airport Market Prosecutor Attorney Judge Justice Inspector Sergeant
Family Arrested Jailed Charged Rescued Freed Sentenced Convicted Raid Slavery Trafficking Forced Exploited Victim
Farmer Owner Recruiter Trafficker Gangmaster Businessman Businesswoman Employer Landlord Boss Defendant Suspect Accused Manager Foreman`.split(
    /\s+/,
  ),
);

/** Role and kin words after which a single capitalised word is a person's name ("the owner, Ramesh", "his son Vinay"). */
export const ROLES_BEFORE_NAME_EN = [
  'owner',
  'co-owner',
  'proprietor',
  'boss',
  'employer',
  'gangmaster',
  'trafficker',
  'recruiter',
  'landlord',
  'supervisor',
  'foreman',
  'ringleader',
  'middleman',
  'agent',
  'broker',
  'contractor',
  'manager',
  'farmer',
  'skipper',
  'suspect',
  'defendant',
  'accused',
  "(?:his|her|their|the owner's)\\s+(?:son|daughter|wife|husband|brother|sister|nephew|cousin|father|mother|partner|accomplice|associate)",
];

/** A sentence recapping earlier or other cases: the firms and vessels it names are background, not this case's. */
export const BACKGROUND_CASES_EN =
  /\b(?:(?:an?|the|its|their) (?:earlier|previous|prior|first|separate) (?:WROs?|(?:withhold release |detention )?orders?|cases?|bans?|raids?|convictions?|rulings?|investigations?|probes?)|(?:\w+ )?other (?:active |similar |such )?(?:WROs|orders|cases|bans|raids)|previously (?:issued|banned|convicted|sanctioned|targeted|fined)|in (?:a )?(?:separate|previous|similar|earlier|unrelated) cases?|(?:last|previous) year's|follows? (?:an?|the) (?:earlier|previous|similar))\b/i;
