// Arabic indicators by kind (invented sentences in the wording of Gulf, Levant and Maghreb press, ministries of
// human resources and public prosecutors), beside traps that must give nothing: a court's prison sentence (الحبس),
// the law's penalty, a minister's statement that a practice is banned, an indicators list, negated abuse, wages paid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findIndicators } from '../../extractors/indicators.js';

/** Read as a case's evidence (the traps hold). */
const CASE = { ofCase: true };

const FOUND: [sentence: string, id: string][] = [
  ['استغل المتهمون حاجة العمال وظروفهم المعيشية الصعبة.', 'abuse_of_vulnerability'],
  ['كان العمال يقيمون في البلاد بصورة غير قانونية.', 'abuse_of_vulnerability'],
  ['استغلت الشبكة فقر الضحايا وجهلهم باللغة.', 'abuse_of_vulnerability'],
  ['الضحايا من المخالفين لنظام الإقامة والعمل.', 'abuse_of_vulnerability'],
  ['استغل المتهم إعاقة الضحية الذهنية لتشغيله دون مقابل.', 'abuse_of_vulnerability'],
  ['كان العمال لا يحملون تصاريح عمل.', 'abuse_of_vulnerability'],
  ['استدرج المتهم الضحايا بوعود عمل برواتب مجزية.', 'deception'],
  ['أوهمهم بتوفير فرص عمل في أوروبا.', 'deception'],
  ['وعدهم بالعمل في فندق لكنهم وجدوا أنفسهم في مزرعة.', 'deception'],
  ['جرى استقدام العاملات بعقود عمل وهمية.', 'deception'],
  ['تم التغرير بهم بعروض عمل مزيفة.', 'deception'],
  ['اكتشفوا أن الوظيفة الموعودة غير موجودة.', 'deception'],
  ['تم احتجاز العاملة داخل المنزل لمدة عامين.', 'restriction_of_movement'],
  ['منعها صاحب العمل من الخروج من المنزل.', 'restriction_of_movement'],
  ['كان العمال محتجزين في سكن مغلق.', 'restriction_of_movement'],
  ['أغلق الكفيل الباب عليها بالمفتاح.', 'restriction_of_movement'],
  ['تمكنت العاملة من الهرب من منزل كفيلها.', 'restriction_of_movement'],
  ['لم يسمح لهم بمغادرة موقع العمل.', 'restriction_of_movement'],
  ['حبسها الكفيل في غرفة لعدة أشهر.', 'restriction_of_movement'],
  ['كفيل يحبسهم في المزرعة منذ أشهر.', 'restriction_of_movement'],
  ['صادر الكفيل هاتفها المحمول.', 'isolation'],
  ['منعها من التواصل مع أسرتها.', 'isolation'],
  ['عاشت العاملة معزولة عن العالم الخارجي.', 'isolation'],
  ['لم يكن مسموحا لهم بالاتصال بذويهم.', 'isolation'],
  ['يعمل الرعاة في مزرعة نائية في الصحراء.', 'isolation'],
  ['انقطعت أخبارها عن أهلها منذ سفرها.', 'isolation'],
  ['تعرضت العاملة للضرب المبرح على يد كفيلتها.', 'physical_and_sexual_violence'],
  ['ظهرت على جسدها آثار كدمات وحروق.', 'physical_and_sexual_violence'],
  ['اعتدى عليها صاحب المنزل جنسيا.', 'physical_and_sexual_violence'],
  ['تعرض العمال للإيذاء الجسدي والنفسي.', 'physical_and_sexual_violence'],
  ['عذبها وكواها بالمكواة.', 'physical_and_sexual_violence'],
  ['كان المشرف يضربهم بالعصا.', 'physical_and_sexual_violence'],
  ['هددها بالترحيل إن اشتكت.', 'intimidation_and_threats'],
  ['توعدهم بإبلاغ الشرطة عنهم.', 'intimidation_and_threats'],
  ['كانوا خائفين من الإبلاغ عن صاحب العمل.', 'intimidation_and_threats'],
  ['أجبروا على العمل تحت التهديد بالسلاح.', 'intimidation_and_threats'],
  ['تعرضت للابتزاز من قبل مكتب الاستقدام.', 'intimidation_and_threats'],
  ['احتجز صاحب العمل جوازات سفر العمال.', 'retention_of_identity_documents'],
  ['قام الكفيل بحجز جواز سفرها.', 'retention_of_identity_documents'],
  ['لا يزال جواز سفرها لدى الكفيل.', 'retention_of_identity_documents'],
  ['سحب منهم جوازات السفر فور وصولهم.', 'retention_of_identity_documents'],
  ['رفض صاحب الشركة إعادة جوازات سفرهم.', 'retention_of_identity_documents'],
  ['أخذ المتهم وثائقهم الثبوتية.', 'retention_of_identity_documents'],
  ['احتفظت الشركة ببطاقات هوية العمال.', 'retention_of_identity_documents'],
  ['لم تتقاض العاملة راتبها منذ ستة أشهر.', 'withholding_of_wages'],
  ['اشتكى العمال من عدم صرف الرواتب لعدة أشهر.', 'withholding_of_wages'],
  ['امتنع صاحب العمل عن دفع أجور العمال.', 'withholding_of_wages'],
  ['تأخر صرف رواتب العمال لأشهر.', 'withholding_of_wages'],
  ['عملت دون مقابل لسنوات.', 'withholding_of_wages'],
  ['حرم العمال من رواتبهم طوال فترة عملهم.', 'withholding_of_wages'],
  ['لم يتسلموا أجورهم منذ بداية العام.', 'withholding_of_wages'],
  ['أجبروا على سداد ديون السفر.', 'debt_bondage'],
  ['دفعوا رسوما باهظة لمكاتب الاستقدام.', 'debt_bondage'],
  ['اقتطع من رواتبهم تكاليف السفر والتأشيرة.', 'debt_bondage'],
  ['ظل العمال مدينين للسمسار.', 'debt_bondage'],
  ['طالبها بدفع مبلغ مالي مقابل السماح لها بالعودة.', 'debt_bondage'],
  ['يقيم العمال في سكن مكتظ يفتقر إلى أدنى الشروط الصحية.', 'abusive_working_and_living_conditions'],
  ['كانوا ينامون على الأرض.', 'abusive_working_and_living_conditions'],
  ['حرمت العاملة من الطعام لأيام.', 'abusive_working_and_living_conditions'],
  ['ويمنع عنهم الطعام والشراب والأدوية.', 'abusive_working_and_living_conditions'],
  ['عمل الضحايا في ظروف قاسية وغير إنسانية.', 'abusive_working_and_living_conditions'],
  ['وجدت الشرطة العمال في غرفة ضيقة بلا تهوية.', 'abusive_working_and_living_conditions'],
  ['كان السكن غير لائق وغير صحي.', 'abusive_working_and_living_conditions'],
  ['تعمل لساعات طويلة دون راحة.', 'excessive_overtime'],
  ['يعملون من الفجر حتى منتصف الليل.', 'excessive_overtime'],
  ['تصل ساعات العمل إلى 18 ساعة يوميا.', 'excessive_overtime'],
  ['لم تحصل على يوم عطلة أسبوعية منذ وصولها.', 'excessive_overtime'],
  ['يعمل الرعاة ست عشرة ساعة في اليوم.', 'excessive_overtime'],
  ['كانت تعمل طوال اليوم دون انقطاع.', 'excessive_overtime'],
];
for (const [sentence, id] of FOUND) {
  test(`ar indicator ${id}: ${sentence}`, () =>
    assert.ok(
      findIndicators([sentence], 'ar', CASE).some((i) => i.id === id),
      JSON.stringify(findIndicators([sentence], 'ar', CASE)),
    ));
}

// Traps: each gives no indicator at all.
const NOTHING: string[] = [
  'قضت المحكمة بحبس المتهم ثلاث سنوات وتغريمه.',
  'يعاقب القانون كل من يحتجز جواز سفر العامل.',
  'أكدت الوزارة أن الرواتب صرفت في موعدها.',
  'أكد الوزير أن حجز جوازات السفر مخالف للقانون.',
  'ستضرب الأجهزة الأمنية بيد من حديد كل من يتاجر بالبشر.',
  'أطلقت الجمعية حملة لمكافحة العنف ضد المرأة.',
  'وتشمل مؤشرات العمل الجبري حجز الوثائق والعزل والتهديد.',
  'لم تتعرض العاملة لأي ضرب أو تهديد.',
  'تلقت الوزارة 300 شكوى تتعلق بتأخر الرواتب خلال العام.',
  'يحظر القانون على أصحاب العمل الاحتفاظ بجوازات سفر العمال.',
  'تعمل الإدارة على حماية الأطفال من كل أشكال التهديد والاستغلال.',
  'أحيل المتهمون إلى النيابة العامة وهم محبوسون احتياطيا.',
];
for (const sentence of NOTHING) {
  test(`ar no indicator: ${sentence}`, () => assert.deepEqual(findIndicators([sentence], 'ar', CASE), []));
}
