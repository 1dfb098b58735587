// Language detection: one sentence of news text per language the sources publish in, plus false positives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from '../../extractors/article/language.js';

describe('detectLanguage', () => {
  const cases: [string, string][] = [
    [
      'en',
      'Police said the workers had been held in the basement of the shop for years, and that their passports were taken by the owners.',
    ],
    [
      'ru',
      'Полиция сообщила, что работники годами находились в подвале магазина, и что их паспорта были отобраны владельцами.',
    ],
    [
      'uk',
      'Поліція повідомила, що працівники роками перебували в підвалі магазину, і що їхні паспорти забрали власники.',
    ],
    [
      'kk',
      'Полиция жұмысшылардың дүкеннің жертөлесінде бірнеше жыл бойы ұсталғанын және олардың төлқұжаттарын иелері алып қойғанын хабарлады.',
    ],
    [
      'ky',
      'Милиция жумушчулар дүкөндүн жертөлөсүндө бир нече жыл кармалып турганын жана алардын паспорттору тартып алынганын билдирди.',
    ],
    [
      'tg',
      'Пулис гуфт, ки коргарон солҳо дар таҳхонаи мағоза нигоҳ дошта мешуданд ва шиносномаҳои онҳоро соҳибон гирифта буданд.',
    ],
    [
      'uz',
      'Politsiya ishchilar yillar davomida doʻkon yertoʻlasida saqlanganini va ularning pasportlari egalari tomonidan olib qoʻyilganini maʼlum qildi.',
    ],
    [
      'tk',
      'Polisiýa işçileriň birnäçe ýyllap dükanyň ýerzeminde saklanandygyny we olaryň pasportlarynyň eýeleri tarapyndan alnandygyny habar berdi.',
    ],
    [
      'az',
      'Polis bildirib ki, işçilər illərlə mağazanın zirzəmisində saxlanılıb və onların pasportları sahibləri tərəfindən əlindən alınıb.',
    ],
    [
      'es',
      'La policía dijo que los trabajadores habían estado retenidos durante años en el sótano de la tienda y que los dueños les quitaron los pasaportes.',
    ],
    [
      'pt',
      'A polícia disse que os trabalhadores foram mantidos durante anos no porão da loja e que os donos tinham ficado com os seus passaportes.',
    ],
    [
      'fr',
      'La police a déclaré que les travailleurs étaient retenus depuis des années dans le sous-sol du magasin et que leurs passeports avaient été confisqués.',
    ],
    [
      'id',
      'Polisi mengatakan bahwa para pekerja tersebut telah ditahan selama bertahun-tahun di ruang bawah tanah toko dan paspor mereka diambil oleh pemilik.',
    ],
    [
      'ms',
      'Polis berkata pekerja itu telah ditahan selama bertahun-tahun di ruang bawah tanah kedai dan pasport mereka diambil oleh pemilik kerana mereka boleh melarikan diri.',
    ],
    [
      'vi',
      'Cảnh sát cho biết các công nhân đã bị giam giữ nhiều năm trong tầng hầm của cửa hàng và hộ chiếu của họ đã bị chủ cửa hàng lấy đi.',
    ],
    ['th', 'ตำรวจกล่าวว่าคนงานถูกกักขังอยู่ในห้องใต้ดินของร้านค้าเป็นเวลาหลายปี'],
    ['hi', 'पुलिस ने कहा कि मजदूरों को कई सालों तक दुकान के तहखाने में रखा गया था और उनके पासपोर्ट मालिकों ने ले लिए थे।'],
    [
      'ne',
      'प्रहरीले भने अनुसार मजदुरहरूलाई धेरै वर्षसम्म पसलको तहखानामा राखिएको थियो र उनीहरूको राहदानी मालिकले लिएका थिए भन्ने पनि खुलेको छ।',
    ],
    ['bn', 'পুলিশ জানিয়েছে, শ্রমিকদের বছরের পর বছর দোকানের বেসমেন্টে আটকে রাখা হয়েছিল।'],
    ['ar', 'قالت الشرطة إن العمال احتجزوا لسنوات في قبو المتجر وأن أصحاب المتجر أخذوا جوازات سفرهم.'],
    ['zh', '警方表示，这些工人多年来被关押在商店的地下室里，他们的护照被店主没收。'],
    ['my', 'ရဲတပ်ဖွဲ့က အလုပ်သမားများကို ဆိုင်၏ မြေအောက်ခန်းတွင် နှစ်ပေါင်းများစွာ ထိန်းသိမ်းထားခဲ့သည်ဟု ပြောသည်။'],
    ['km', 'ប៉ូលិសបាននិយាយថា កម្មករត្រូវបានឃុំខ្លួនអស់រយៈពេលជាច្រើនឆ្នាំនៅក្នុងបន្ទប់ក្រោមដីរបស់ហាង។'],
  ];
  for (const [want, text] of cases) it(want, () => assert.equal(detectLanguage(text), want));

  it('the lang attribute breaks a tie between close languages', () =>
    assert.equal(detectLanguage('Polisi menahan pekerja itu.', 'ms'), 'ms'));
  it('no letters at all: the declared language, else und', () => {
    assert.equal(detectLanguage('12 345 — 2012', 'ru-RU'), 'ru');
    assert.equal(detectLanguage('12 345 — 2012'), 'und');
  });
  it('a Russian page with an English lang attribute is still Russian', () =>
    assert.equal(detectLanguage('Полиция сообщила, что работники годами находились в подвале магазина.', 'en'), 'ru'));
});
