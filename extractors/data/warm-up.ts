// One short invented case report per language pack, analysed once when a worker starts (extractors/warm-up.ts) so
// that the tables and patterns each pack builds on first use are ready before the first real article. Written
// for this project; no real case, person or business.

export interface WarmUpText {
  language: string;
  title: string;
  text: string;
}

export const WARM_UP_TEXTS: WarmUpText[] = [
  {
    language: 'en',
    title: 'Police free 12 migrant workers from a farm near Harwick',
    text:
      'Police freed 12 migrant workers, including two 16-year-old boys, from a vegetable farm near Harwick on Monday.\n\n' +
      'The workers from Nepal said the owner kept their passports, paid them nothing for months and locked them in a shed at night.\n\n' +
      'Officers arrested the farm owner, John Fenwick, 54, on suspicion of forced labour and human trafficking.',
  },
  {
    language: 'ru',
    title: 'Полиция освободила 12 рабочих из Узбекистана на ферме под Ольховкой',
    text:
      'В понедельник полиция освободила 12 граждан Узбекистана, среди них двое 16-летних подростков, с овощной фермы под Ольховкой.\n\n' +
      'Рабочие рассказали, что хозяин отобрал у них паспорта, несколько месяцев не платил зарплату и запирал их на ночь в сарае.\n\n' +
      'Владелец фермы Иван Петров задержан, возбуждено уголовное дело по статье 127.2 УК РФ об использовании рабского труда.',
  },
  {
    language: 'id',
    title: 'Polisi bebaskan 12 pekerja migran dari perkebunan di Sumberjaya',
    text:
      'Polisi membebaskan 12 pekerja migran, termasuk dua anak berusia 16 tahun, dari sebuah perkebunan sawit di Sumberjaya pada Senin.\n\n' +
      'Para pekerja mengatakan majikan menahan paspor mereka, tidak membayar gaji selama berbulan-bulan dan mengurung mereka di gudang.\n\n' +
      'Pemilik perkebunan ditangkap dan dijerat pasal tindak pidana perdagangan orang dan kerja paksa.',
  },
  {
    language: 'ms',
    title: 'Polis selamatkan 12 pekerja asing di ladang dekat Sungai Merah',
    text:
      'Polis menyelamatkan 12 pekerja asing, termasuk dua remaja berusia 16 tahun, dari sebuah ladang sayur dekat Sungai Merah pada Isnin.\n\n' +
      'Pekerja itu berkata majikan menyimpan pasport mereka, tidak membayar gaji selama beberapa bulan dan mengurung mereka di stor.\n\n' +
      'Pemilik ladang ditahan mengikut Akta Antipemerdagangan Orang dan Antipenyeludupan Migran kerana kerja paksa.',
  },
  {
    language: 'de',
    title: 'Polizei befreit 12 Erntehelfer von einem Hof bei Lindenau',
    text:
      'Die Polizei hat am Montag 12 Erntehelfer, darunter zwei 16-jährige Jungen, von einem Gemüsehof bei Lindenau befreit.\n\n' +
      'Die Arbeiter aus Rumänien berichteten, der Betreiber habe ihre Pässe einbehalten, monatelang keinen Lohn gezahlt und sie nachts in einer Scheune eingesperrt.\n\n' +
      'Der Betreiber wurde wegen des Verdachts auf Menschenhandel zur Ausbeutung der Arbeitskraft und Zwangsarbeit festgenommen.',
  },
  {
    language: 'pt',
    title: 'Fiscalização resgata 12 trabalhadores em condição análoga à escravidão em fazenda de Serra Clara',
    text:
      'A fiscalização do trabalho resgatou 12 trabalhadores, entre eles dois adolescentes de 16 anos, de uma fazenda de café em Serra Clara na segunda-feira.\n\n' +
      'Os trabalhadores contaram que o patrão reteve seus documentos, não pagou salários durante meses e os trancava em um galpão à noite.\n\n' +
      'O dono da fazenda foi preso em flagrante por redução a condição análoga à de escravo e tráfico de pessoas.',
  },
  {
    language: 'es',
    title: 'La Guardia Civil libera a 12 temporeros explotados en una finca de Valdelosa',
    text:
      'La Guardia Civil liberó el lunes a 12 temporeros, entre ellos dos menores de 16 años, de una finca agrícola de Valdelosa.\n\n' +
      'Los trabajadores contaron que el empresario les retuvo los pasaportes, no les pagó el salario durante meses y los encerraba por la noche en una nave.\n\n' +
      'El dueño de la finca fue detenido por un delito de trata de seres humanos con fines de explotación laboral y trabajo forzoso.',
  },
  {
    language: 'fr',
    title: 'Les gendarmes libèrent 12 saisonniers exploités dans une exploitation près de Montclair',
    text:
      "Les gendarmes ont libéré lundi 12 travailleurs saisonniers, dont deux mineurs de 16 ans, d'une exploitation agricole près de Montclair.\n\n" +
      "Les ouvriers ont raconté que l'employeur avait confisqué leurs passeports, ne les avait pas payés pendant des mois et les enfermait la nuit dans un hangar.\n\n" +
      "Le gérant de l'exploitation a été interpellé pour traite des êtres humains et travail forcé.",
  },
  {
    language: 'it',
    title: 'I carabinieri liberano 12 braccianti sfruttati in un’azienda agricola di Pontelungo',
    text:
      "I carabinieri hanno liberato lunedì 12 braccianti, tra cui due ragazzi di 16 anni, da un'azienda agricola di Pontelungo.\n\n" +
      'I lavoratori hanno raccontato che il datore di lavoro aveva sequestrato i loro passaporti, non li pagava da mesi e li chiudeva di notte in un capannone.\n\n' +
      "Il titolare dell'azienda è stato arrestato per intermediazione illecita e sfruttamento del lavoro e riduzione in schiavitù.",
  },
  {
    language: 'zh',
    title: '警方在清河县一农场解救12名被强迫劳动的工人',
    text:
      '周一，警方在清河县一处农场解救了12名工人，其中包括两名16岁的少年。\n\n' +
      '工人们说，老板扣押了他们的身份证，几个月没有发工资，晚上把他们锁在仓库里。\n\n' +
      '农场老板因涉嫌强迫劳动罪被警方刑事拘留。',
  },
  {
    language: 'ar',
    title: 'الشرطة تحرر 12 عاملا مهاجرا من مزرعة قرب الواحة الخضراء',
    text:
      'حررت الشرطة يوم الاثنين 12 عاملا مهاجرا، بينهم طفلان في السادسة عشرة، من مزرعة خضروات قرب الواحة الخضراء.\n\n' +
      'وقال العمال إن صاحب العمل احتجز جوازات سفرهم ولم يدفع أجورهم لعدة أشهر وكان يحبسهم ليلا في مخزن.\n\n' +
      'وألقي القبض على صاحب المزرعة بتهمة الاتجار بالبشر والعمل القسري.',
  },
];
