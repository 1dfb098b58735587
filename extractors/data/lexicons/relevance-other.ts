// Keyword lexicons for relevance in the other languages of config/sources.yaml. Each entry lists the usual press
// terms for forced labour, human trafficking, slavery and debt bondage (from the ILO and UNODC national-language
// publications and the languages' standard legal terms), compiled for this project. A text is on topic when it
// contains these terms; the per-language `incident` cues are the commonest words for rescue, raid and arrest.
export interface KeywordLexicon {
  topic: string[];
  incident: string[];
}

export const RELEVANCE_OTHER: Record<string, KeywordLexicon> = {
  uz: {
    topic: [
      'majburiy mehnat',
      'odam savdosi',
      'qullik',
      'mehnat ekspluatatsiya',
      'мажбурий меҳнат',
      'одам савдоси',
      'қуллик',
    ],
    incident: ['ozod qilindi', 'qutqarildi', 'hibsga olindi', 'ushlandi', 'озод қилинди', 'қўлга олинди'],
  },
  kk: {
    topic: ['мәжбүрлі еңбек', 'адам саудасы', 'құлдық', 'құл ретінде', 'еңбек құлдығы', 'адам саудасы'],
    incident: ['босатылды', 'құтқарылды', 'ұсталды', 'қамауға алынды'],
  },
  ky: {
    topic: ['мажбурлап иштет', 'адам сатуу', 'кулчулук', 'кул катары', 'эмгек кулчулугу'],
    incident: ['бошотулду', 'куткарылды', 'кармалды', 'камакка алынды'],
  },
  tg: {
    topic: ['меҳнати маҷбурӣ', 'савдои одамон', 'ғуломӣ', 'ғулом', 'одамфурӯшӣ'],
    incident: ['озод карда шуд', 'наҷот дода шуд', 'боздошт', 'дастгир шуд'],
  },
  az: {
    topic: ['məcburi əmək', 'insan alveri', 'qul əməyi', 'köləlik', 'qul kimi'],
    incident: ['azad edildi', 'xilas edildi', 'saxlanıldı', 'həbs edildi'],
  },
  uk: {
    topic: [
      'примусов',
      'торгівл людьми',
      'торгівля людьми',
      'рабств',
      'трудове рабство',
      'рабської праці',
      'трафікінг',
    ],
    incident: ['звільнен', 'врятован', 'затриман', 'заарештован', 'поліці'],
  },
  es: {
    topic: [
      'trabajo forzoso',
      'trabajos forzados',
      'trata de personas',
      'trata laboral',
      'esclavitud',
      'esclavos',
      'servidumbre',
      'explotación laboral',
      'trabajo esclavo',
      'condiciones de esclavitud',
    ],
    incident: ['rescat', 'liberad', 'detenid', 'arrestad', 'allanamiento', 'operativo', 'desarticul'],
  },
  pt: {
    topic: [
      'trabalho forçado',
      'trabalho escravo',
      'análoga à de escravo',
      'análogo ao de escravo',
      'escravidão',
      'tráfico de pessoas',
      'servidão',
      'exploração laboral',
    ],
    incident: ['resgatad', 'libertad', 'pres', 'operação', 'fiscalização', 'flagrante'],
  },
  fr: {
    topic: [
      'travail forcé',
      'traite des êtres humains',
      'traite de personnes',
      'esclavage',
      'esclaves',
      'servitude',
      'exploitation par le travail',
      'travail dissimulé',
    ],
    incident: ['libéré', 'secouru', 'interpellé', 'arrêté', 'mis en examen', 'démantelé', 'condamné'],
  },
  id: {
    topic: ['kerja paksa', 'perdagangan orang', 'perbudakan', 'tppo', 'jeratan utang', 'eksploitasi pekerja', 'budak'],
    incident: ['selamatkan', 'bebaskan', 'tangkap', 'tersangka', 'gerebek', 'dipulangkan'],
  },
  ms: {
    topic: [
      'kerja paksa',
      'buruh paksa',
      'pemerdagangan orang',
      'pemerdagangan manusia',
      'perhambaan',
      'hamba abdi',
      'ikatan hutang',
    ],
    incident: ['selamatkan', 'bebaskan', 'ditahan', 'serbuan', 'didakwa'],
  },
  th: {
    topic: ['แรงงานบังคับ', 'ค้ามนุษย์', 'ทาส', 'บังคับใช้แรงงาน', 'หนี้ผูกพัน'],
    incident: ['ช่วยเหลือ', 'จับกุม', 'บุกค้น', 'ตำรวจ'],
  },
  vi: {
    topic: ['lao động cưỡng bức', 'mua bán người', 'buôn bán người', 'nô lệ', 'cưỡng bức lao động', 'lừa đảo việc làm'],
    incident: ['giải cứu', 'bắt giữ', 'khởi tố', 'triệt phá'],
  },
  ne: { topic: ['जबरजस्ती श्रम', 'मानव बेचबिखन', 'दासता', 'कमैया', 'बँधुवा'], incident: ['उद्धार', 'पक्राउ', 'प्रहरी'] },
  bn: { topic: ['জোরপূর্বক শ্রম', 'মানব পাচার', 'দাসত্ব', 'বাধ্যতামূলক শ্রম', 'ঋণদাসত্ব'], incident: ['উদ্ধার', 'গ্রেপ্তার', 'আটক'] },
  hi: {
    topic: ['बंधुआ मजदूर', 'बंधुआ मज़दूर', 'जबरन श्रम', 'मानव तस्करी', 'गुलामी', 'बाल श्रम'],
    incident: ['मुक्त कराया', 'छुड़ाया', 'गिरफ्तार', 'रेस्क्यू', 'पुलिस'],
  },
  ar: {
    topic: ['العمل القسري', 'الاتجار بالبشر', 'الاتجار بالأشخاص', 'العبودية', 'السخرة', 'عبودية الديون'],
    incident: ['تحرير', 'إنقاذ', 'القبض', 'اعتقال', 'مداهمة'],
  },
  zh: {
    topic: ['强迫劳动', '强迫勞動', '人口贩卖', '人口販賣', '拐卖', '奴役', '黑工', '债务奴役', '奴工'],
    incident: ['解救', '获救', '逮捕', '抓获', '警方'],
  },
  my: { topic: ['အတင်းအကျပ်လုပ်အား', 'လူကုန်ကူး', 'ကျွန်'], incident: ['ကယ်ဆယ်', 'ဖမ်းဆီး'] },
  km: { topic: ['ពលកម្មដោយបង្ខំ', 'ការជួញដូរមនុស្ស', 'ទាសភាព', 'ជួញដូរ'], incident: ['ជួយសង្គ្រោះ', 'ចាប់ខ្លួន'] },
  tr: {
    topic: ['zorla çalıştırma', 'insan ticareti', 'kölelik', 'köle gibi', 'borç esareti'],
    incident: ['kurtarıldı', 'gözaltına', 'tutuklandı', 'operasyon'],
  },
  de: {
    topic: ['zwangsarbeit', 'menschenhandel', 'sklaverei', 'ausbeutung der arbeitskraft', 'moderne sklaverei'],
    incident: ['befreit', 'festgenommen', 'razzia', 'angeklagt', 'verurteilt'],
  },
  it: {
    topic: [
      'lavoro forzato',
      'caporalato',
      'tratta di esseri umani',
      'schiavitù',
      'sfruttamento lavorativo',
      'riduzione in schiavitù',
    ],
    incident: ['liberati', 'arrestat', 'blitz', 'denunciat', 'sequestr'],
  },
};
