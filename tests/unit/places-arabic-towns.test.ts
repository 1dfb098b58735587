// Arabic places by kind: towns the gazetteer knows by their Arabic GeoNames names, read where the text says they
// are a place (a preposition, ب joined to the name, a word for a town, region or workplace before it); a word of
// origin before a unit word ("من محافظة X") makes the town the victims' home; names that are also ordinary words
// ("صور" pictures, "هاربين" fleeing, "داخله" inside it) are no place without such a word. Sentences are invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPlaceMentions } from '../../extractors/places.js';
import { rankPlaces } from '../../extractors/place-ranking.js';

const top = (text: string) => {
  const sentences = text.split(/(?<=[.!?؟])\s+/u).filter(Boolean);
  return rankPlaces(
    sentences.flatMap((s, i) => findPlaceMentions(s, i, 'ar', i === 0)),
    () => 1,
  )[0];
};

// [text, the GeoNames name of the place of the exploitation, or null when no town is named as one]
const ROWS: [string, string | null][] = [
  ['داهمت الشرطة مصنعا للأثاث في مدينة برادفورد وحررت عشرين عاملا.', 'Bradford'],
  ['عثر المفتشون على خمسة عمال محتجزين في مزرعة بمحافظة أضنة جنوب البلاد.', 'Adana'],
  ['قال العمال إنهم أجبروا على العمل دون أجر في مغسلة سيارات بمانشستر.', 'Manchester'],
  ['أوقفت السلطات صاحب ورشة في ميلانو بعد أن حرم عماله من رواتبهم.', 'Milano'],
  ['احتجزت العاملات المنزليات في شقة بمدينة صلالة لأشهر دون رواتب.', 'Şalālah'],
  ['تم تحرير ثلاثين صيادا كانوا يعملون قسرا في منطقة الجبيل على مراكب متهالكة.', 'Al Jubayl'],
  ['كشفت الصحيفة أن عمالا آسيويين يعملون اثنتي عشرة ساعة يوميا في مصنع في مومباي.', 'Mumbai'],
  ['أنقذت الشرطة عشرة عمال من ورشة بكوالالمبور صودرت جوازات سفرهم.', 'Kuala Lumpur'],
  ['حررت الشرطة الإيطالية عمالا زراعيين في ضواحي نابولي.', 'Napoli'],
  ['ضبطت الشرطة شبكة تشغل مهاجرين قسرا في مرسيليا.', 'Marseille'],
  // the home governorate after a word of origin and a unit word; the workplace after a preposition
  ['يحكي صياد من محافظة كفر الشيخ أنهم جاءوا للعمل لدى كفيل بمنطقة الجبيل.', 'Al Jubayl'],
  // traps: ordinary words that GeoNames also has as towns
  ['صور.. الشرطة تنقذ عمالا أجبروا على العمل دون أجر.', null],
  ['حررت الشرطة 24 رجلا مع 28 آخرين هاربين، بعد سنوات من العمل بلا أجر.', null],
  ['وقفت الفرق على أوضاع المكتب وتبين وجود العاملات المحتجزات في داخله.', null],
  ['قال العامل إن الكفيل حماة له من الترحيل كما زعم.', null],
];

for (const [text, want] of ROWS)
  test(`ar town: ${text}`, () => {
    const got = top(text);
    if (want === null) assert.equal(got, undefined, JSON.stringify(got));
    else assert.equal(got?.canonical, want, JSON.stringify(got));
  });
