// Arabic indicators by kind (fresh-page review, round 6): pay not received told as a verbal noun ("عدم حصولهن على
// رواتبهن"), the employer refusing to pay or to let workers travel ("رفض الكفيل تمكينهم من السفر"), deprived of leaving
// or of leave, living told as degrading or wretched, hunger; papers told as held by a participle after them ("جواز سفرها
// المحتجز"), paying to get them back or to be released, freedom bought, kept shut in ("حبيسة منزل"). Traps: a court or a minister refusing, the economy's state,
// civil servants' pay. Invented sentences.
import { checkIndicatorRows } from './indicator-rows.js';

checkIndicatorRows('ar', {
  found: [
    ['تركت العاملات المنزل بسبب عدم حصولهن على أجورهن منذ أشهر.', 'withholding_of_wages'],
    ['اشتكى الصيادون من عدم الحصول على رواتبهم طوال الموسم.', 'withholding_of_wages'],
    ['رفضت المؤسسة صرف رواتب العمال منذ مطلع السنة.', 'withholding_of_wages'],
    ['رفض صاحب الورشة تسليم العمال مستحقاتهم بعد انتهاء العقد.', 'withholding_of_wages'],
    ['تعرضت العاملة للضرب وحرمانها من مغادرة الشقة.', 'restriction_of_movement'],
    ['رفض الكفيل تمكينهم من السفر إلى بلادهم رغم انتهاء عقودهم.', 'restriction_of_movement'],
    ['رفض صاحب المزرعة السماح للعمال بالمغادرة قبل نهاية الحصاد.', 'restriction_of_movement'],
    ['منعتهم الشركة من التمتع بإجازاتهم السنوية طوال ست سنوات.', 'excessive_overtime'],
    ['منع صاحب العمل العاملات من الحصول على إجازة منذ وصولهن.', 'excessive_overtime'],
    ['عثرت الشرطة على العمال في أوضاع إنسانية مهينة داخل المستودع.', 'abusive_working_and_living_conditions'],
    ['كانت حالة العمال مزرية عند وصول فرق الإنقاذ.', 'abusive_working_and_living_conditions'],
    ['وصل المحررون إلى المركز وهم جياع ومنهكون.', 'abusive_working_and_living_conditions'],
    ['طالبت العاملة باستعادة جواز سفرها المحتجز لدى المكتب.', 'retention_of_identity_documents'],
    ['قال العمال إن جوازاتهم محجوزة منذ وصولهم إلى الموقع.', 'retention_of_identity_documents'],
    ['أجبر السمسار العمال على سداد مبالغ كبيرة مقابل استعادة وثائقهم.', 'debt_bondage'],
    ['طلب الكفيل من الخادمة دفع ألفي دينار مقابل الإفراج عنها.', 'debt_bondage'],
    ['اضطر الشاب إلى شراء حريته من صاحب الورشة بعد عامين.', 'debt_bondage'],
    ['حررت العاملة نفسها من كفيلها بمبلغ ألف دينار.', 'debt_bondage'],
    ['وجدت نفسها حبيسة منزل الأسرة طوال ثلاث سنوات.', 'restriction_of_movement'],
    ['ظل العمال محبوسين في المزرعة حتى وصول الشرطة.', 'restriction_of_movement'],
    ['اشتكى الرعاة من العمل الشاق وحجز للحرية في المرعى.', 'restriction_of_movement'],
  ],
  refused: [
    ['رفضت المحكمة السماح للمتهم بالسفر قبل انتهاء القضية.', 'restriction_of_movement'],
    ['رفضت النيابة طلب السماح له بالسفر للعلاج.', 'restriction_of_movement'],
    ['رفض الوزير صرف رواتب المتقاعدين قبل إقرار الميزانية.', 'withholding_of_wages'],
    ['يرى الخبراء أن الأوضاع الاقتصادية في البلاد مزرية.', 'abusive_working_and_living_conditions'],
    ['دفع المستأجر الإيجار مقابل تسليم الشقة في موعدها.', 'debt_bondage'],
    ['حرر اللاعب نفسه من الضغوط بهدف في الدقيقة الأخيرة.', 'debt_bondage'],
    ['ظل المتهم محبوسا في السجن المركزي حتى المحاكمة.', 'restriction_of_movement'],
  ],
  nothing: ['رفضت المحكمة السماح للمتهم بالسفر قبل انتهاء القضية.', 'وصل الوفد إلى العاصمة صباح الأحد.'],
});
