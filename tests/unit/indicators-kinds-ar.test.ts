// Arabic indicators by the kinds reporters use (invented sentences): hamza and short vowels written or not, the verb
// of exploiting with any prefix, migrants without status, hardship and language, persuasion to come for work,
// movement restricted, pay never or partly paid or under the minimum, food short, no rest day; a condition inside a
// told threat still tells it. Traps give nothing: a rule opening on a condition, fraud against the state.
import { checkIndicatorRows } from './indicator-rows.js';

checkIndicatorRows('ar', {
  found: [
    ['قيدت حركة العمال بسبب مصادرة اوراقهم الثبوتية.', 'retention_of_identity_documents'],
    ['قُيِّدت حركتهم داخل المزرعة طوال الموسم.', 'restriction_of_movement'],
    ['كانت الشبكة تستغل حاجة العمال إلى العمل.', 'abuse_of_vulnerability'],
    ['أجبروا الضحايا على العمل مستغلين وضعهم الاجتماعي الهش.', 'abuse_of_vulnerability'],
    ['كان معظم الضحايا من المهاجرين غير الشرعيين.', 'abuse_of_vulnerability'],
    ['ضبطت الشرطة عاملين يشتغلان دون وثائق إقامة.', 'abuse_of_vulnerability'],
    ['كان أحد الضحايا يعاني إعاقة عقلية.', 'abuse_of_vulnerability'],
    ['واجه العمال صعوبات في التفاهم بسبب اللغة.', 'abuse_of_vulnerability'],
    ['تم اقناع الشبان بأن يشتغلوا في ضيعات بأجور مغرية.', 'deception'],
    ['لم يدفع له صاحب العمل من مرتباته سوى القليل.', 'withholding_of_wages'],
    ['عملت الخادمة شهورا دون تلقي أي راتب.', 'withholding_of_wages'],
    ['كانت أجورهم أقل من الحد الأدنى المحدد قانونا.', 'withholding_of_wages'],
    ['كان المكتب يقدم لهن كميات قليلة من الطعام.', 'abusive_working_and_living_conditions'],
    ['كان العامل ينام في غرفة دون مرحاض.', 'abusive_working_and_living_conditions'],
    ['لم تكن لديهم المعدات الوقائية اللازمة.', 'abusive_working_and_living_conditions'],
    ['أعد المتهم شقة للعمال في ظروف صحية متدهورة.', 'abusive_working_and_living_conditions'],
    ['كان يتم حرمانهم من يوم الراحة الأسبوعي.', 'excessive_overtime'],
    ['أجبرتهم العصابة على العمل لساعات طويلة تحت التهديد بالترحيل في حال الشكوى.', 'excessive_overtime'],
    ['لم يسمح له الكفيل حتى بالاتصال بأهله.', 'isolation'],
    ['احتجز الراعي في حظيرة وسط الصحراء.', 'isolation'],
    // Receiving negated as a verbal noun, wretched living, hunger, leave stopped, a passive refusal to travel.
    ['احتج العمال على عدم تسلمهم رواتبهم منذ ستة أشهر.', 'withholding_of_wages'],
    ['يعيش العمال أوضاعا مزرية في سكن الشركة.', 'abusive_working_and_living_conditions'],
    ['قال العمال إنهم يتضورون جوعا في المعسكر.', 'abusive_working_and_living_conditions'],
    ['أوصت اللجنة بعدم أهلية المكان للعيش.', 'abusive_working_and_living_conditions'],
    ['يطلب منهم العمل ساعات طوال دون توقف.', 'excessive_overtime'],
    ['تم إيقاف الإجازات منذ عامين.', 'excessive_overtime'],
    ['لم يتم السماح لهم بالسفر إلى بلادهم.', 'restriction_of_movement'],
  ],
  refused: [
    // Fraud against social security is no deception of the workers.
    ['اعتقل صاحب المخبز للاشتباه في الاحتيال في منظومة الحماية الاجتماعية.', 'deception'],
    // Exploitation alone, without need or status, is no abuse of vulnerability.
    ['تستغل الشركة العمال في مصانعها.', 'abuse_of_vulnerability'],
    // A tragic situation told in general is no evidence of squalid living.
    ['قال العمال إنهم يعيشون أوضاعا مأساوية منذ احتجاز جوازاتهم.', 'abusive_working_and_living_conditions'],
  ],
  nothing: [
    'إذا احتفظ صاحب العمل بجواز سفر العامل فإنه يخالف القانون.',
    'وفي حال تأخر صرف الرواتب يحق للعامل تقديم شكوى.',
    'يحظر القانون حجز جوازات سفر العمال.',
    'زار الوزير مقر الشركة صباح الأحد.',
  ],
});
