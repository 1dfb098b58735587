// Profiles for a small, fast language detector: the writing script of each language and, where several share
// a script, its most frequent function words and its distinctive letters. Word lists compiled for this project
// from common-knowledge grammar words of each language (no external list copied).

/** Scripts that (almost) name one language on their own. */
export const SCRIPT_LANGUAGE: Record<string, string> = {
  Thai: 'th',
  Bengali: 'bn',
  Myanmar: 'my',
  Khmer: 'km',
  Hangul: 'ko',
  Greek: 'el',
  Georgian: 'ka',
  Armenian: 'hy',
  Hebrew: 'he',
  Kana: 'ja',
  Han: 'zh',
  Lao: 'lo',
  Sinhala: 'si',
  Tamil: 'ta',
  Gujarati: 'gu',
  Gurmukhi: 'pa',
  Telugu: 'te',
  Kannada: 'kn',
  Malayalam: 'ml',
  Ethiopic: 'am',
};

/** Function words per language, grouped by script. */
export const STOPWORDS: Record<string, Record<string, string>> = {
  Latin: {
    en: 'the of and to in is that for was on with as by it at from his her are were be has have had which this said not but they their an who been would will its or after about',
    es: 'el la de que y en los las del se por un una con para es al lo como más pero sus le ha fue este esta son entre cuando también desde muy sobre sin ya hasta',
    pt: 'o a de que e do da em um uma para com não os as dos das no na por mais ao pelo pela foi são ser tem está mas também seu sua já quando entre',
    fr: 'le la les de des du et à en un une est que qui dans pour pas sur au aux par plus ne se ce il elle ont été avec sont mais comme cette leur',
    de: 'der die das und ist nicht sich mit den dem ein eine auf für von zu im auch es des wird wurde sind nach bei aus hat wie oder',
    it: 'il di che e la un una per non del della con sono è le dei nel alla anche come più ma gli al da questo essere stato',
    id: 'yang dan di dari ini itu dengan untuk tidak pada dalam akan adalah juga ke oleh karena bahwa tersebut dapat telah sudah saat ketika namun mereka kami menjadi bisa pemerintah polisi saja uang mengatakan kata tersangka usai setelah senin kamis jumat minggu kepolisian polres polda pekan sejumlah hingga',
    ms: 'yang dan di dari ini itu dengan untuk tidak pada dalam akan ialah juga ke oleh kerana bahawa boleh telah sudah semasa selepas beliau mereka kerajaan iaitu daripada bagi polis sahaja wang berkata mangsa siasatan disyaki dipercayai penguatkuasaan warganegara imigresen berkuasa isnin khamis jumaat ahad jabatan pengarah ringgit sindiket',
    vi: 'và của là có không được trong cho những người các với một này đã để khi từ đến như về năm cũng theo tại nhưng sẽ đó',
    tr: 've bir bu da de için ile olarak olan çok daha gibi ama ne var en sonra kadar değil ise her',
    az: 'və bir bu da də üçün ilə olan çox daha kimi amma nə var ən sonra qədər deyil isə hər onun edir ki',
    tk: 'we bir bu hem üçin bilen bolup bolan köp has ýaly emma näme bar iň soň çenli däl her onuň edýär diýip',
    uz: "va bir bu ham uchun bilan bo‘lgan boʻlgan bo'lgan juda yana kabi lekin nima bor eng keyin qadar emas har uning qiladi deb esa",
  },
  Cyrillic: {
    ru: 'и в не на что с по это как из он к за его от но она так же было для все о был они уже было бы их при также который которые года после или',
    uk: 'і в не на що з по це як із він до за його від але вона так же було для всі про був вони вже їх при також який які року після або та',
    kk: 'және мен бұл үшін деп бір бар жоқ оның олар сол екен еді осы ол біз қазақстан жылы туралы арқылы кейін болып болды',
    ky: 'жана менен бул үчүн деп бир бар жок анын алар ошол экен эле ушул ал биз кыргызстан жылы тууралуу аркылуу кийин болуп болду',
    tg: 'ва дар ба аз ки бо ин он барои мебошад буд шуд мекунад дорад ҳам то баъд тоҷикистон сол ҳамчун гуфт',
    uz: 'ва билан бу учун деб бир бор йўқ унинг улар шу экан эди ҳам у биз ўзбекистон йили ҳақида орқали кейин бўлиб бўлди',
    bg: 'и в не на че с по това като от той за го но тя са се да е бяха ще',
    sr: 'и у не на да је се са за од који као што али су био била',
    mn: 'бол нь юм байна байгаа энэ тэр гэж болон ба дээр хийх',
  },
  Devanagari: {
    hi: 'है के में की को से और का एक यह पर हैं था ने भी लिए कि नहीं तो गया कर रहे इस वह',
    ne: 'छ को मा र ले पनि गरेको हो गर्न भएको छन् थियो यो त्यो लागि भने गरे तर उनले',
    mr: 'आहे आणि या व हे की ते त्या आहेत होते करण्यात झाली',
  },
  Arabic: {
    ar: 'في من على إلى أن التي الذي عن مع هذا هذه كان قال ما لا إن بين كما أو بعد',
    fa: 'و در به از که این را با است برای آن یک می شد شده کرد',
    ur: 'کے میں کی ہے اور سے کو نے کا پر یہ ہیں کہ',
  },
};

/** Letters that mark one language among others of its script (each occurrence counts as half a word). */
export const LETTERS: Record<string, Record<string, string>> = {
  Latin: {
    vi: 'ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ',
    az: 'əƏ',
    tk: 'ňýžäÝŇŽÄ',
    tr: 'ığİ',
    pt: 'ãõ',
    es: 'ñ¿¡',
    de: 'ß',
    uz: 'ʻ‘',
  },
  Cyrillic: { uk: 'іїєґ', kk: 'әғқңөұүһі', ky: 'ңөү', tg: 'ғӣқӯҳҷ', uz: 'ўқғҳ', mn: 'өү', sr: 'јљњћђ' },
};
