// Indicators told in plain words, by kind, across languages (invented sentences): pay refused in a noun or a bare verb
// or below the legal minimum; people watched all the time, locked in, hunted down and brought back, not let out; beaten
// in the plain verbs of testimony (zh); violence threatened after its noun (de); no contact allowed, guards posted, no
// Russian spoken, premises below sanitary norms (ru); held at an agent's office (id). Traps: what happens in general
// ("are often", "nutzen … häufig", "nicht selten"), absconding from a sponsor and the adjective of domestic work (ar),
// the adjective "criminal" (الجنائي) that holds the letters of "remote", labour safety (охрана труда), work (打工).
import { checkTaggedRows } from './indicator-rows.js';

checkTaggedRows({
  found: [
    ['en', 'The farmer made them herd goats every day of the week, without rest or pay.', 'withholding_of_wages'],
    ['en', 'Inspectors recorded the non-payment of wages to nine cleaners.', 'withholding_of_wages'],
    ['en', 'The contractor did not give them wages, only rice and oil.', 'withholding_of_wages'],
    ['en', 'The agency failed to pay the national minimum wage to its pickers.', 'withholding_of_wages'],
    ['en', 'The kiln workers were paid below the minimum wage.', 'withholding_of_wages'],
    ['en', 'The boys sorted scrap for no money for two years.', 'withholding_of_wages'],
    ['en', 'The men laboured under constant surveillance by two foremen.', 'restriction_of_movement'],
    ['en', 'When two of them fled, the owner tracked them down and took them back.', 'restriction_of_movement'],
    ['en', 'The guards caught them on the road and brought them back to the farm.', 'restriction_of_movement'],
    ['es', 'Les pagaban sueldos muy por debajo del mínimo legal.', 'withholding_of_wages'],
    ['es', 'La deuda servía de pretexto para no dejarlos salir de la finca.', 'restriction_of_movement'],
    ['es', 'El capataz no los dejaban salir ni los domingos.', 'restriction_of_movement'],
    ['pt', 'Os cortadores tinham restrita liberdade de locomoção na fazenda.', 'restriction_of_movement'],
    ['de', 'Die Erntehelfer arbeiteten unter ständiger Kontrolle eines Vorarbeiters.', 'restriction_of_movement'],
    ['de', 'Die Näherinnen wurden rund um die Uhr ständig überwacht.', 'restriction_of_movement'],
    ['de', 'Die Tür des Schlafraums war mit einem Schloss gesichert.', 'restriction_of_movement'],
    ['de', 'Der Chef soll den Männern Schläge angedroht haben.', 'intimidation_and_threats'],
    ['de', 'Der Vermittler habe ihnen körperliche Gewalt angedroht.', 'intimidation_and_threats'],
    ['ru', 'У входа в цех хозяева выставили охрану.', 'restriction_of_movement'],
    ['ru', 'Рабочих лишили всякой возможности общаться с родными.', 'isolation'],
    ['ru', 'На стройку привезли сорок не говорящих по-русски рабочих.', 'abuse_of_vulnerability'],
    ['ru', 'Рабочие жили в бараке, не соответствующем санитарным нормам.', 'abusive_working_and_living_conditions'],
    ['id', 'Korban sempat ditahan di kantor agen selama dua minggu.', 'restriction_of_movement'],
    ['id', 'Mereka bekerja tanpa diberi kesempatan untuk menghubungi keluarga.', 'isolation'],
    ['zh', '他在砖厂三年,干活慢了就挨打。', 'physical_and_sexual_violence'],
    ['zh', '领班嫌他动作慢,用脚踹他。', 'physical_and_sexual_violence'],
    ['zh', '工头用皮带抽他们,很多人遍体鳞伤。', 'physical_and_sexual_violence'],
    ['zh', '晚上监工锁上门,谁也出不去。', 'restriction_of_movement'],
    ['zh', '有人半夜逃跑,第二天就被抓回来了。', 'restriction_of_movement'],
    ['zh', '工人们说在那里吃得差,住得孬。', 'abusive_working_and_living_conditions'],
    ['zh', '宿舍里又脏又挤,六个人睡一间。', 'abusive_working_and_living_conditions'],
    ['ar', 'تمكنت الخادمة من الفرار من منزل مخدومها بعد شهرين.', 'restriction_of_movement'],
    ['ar', 'عمل الرعاة في منطقة نائية بلا هواتف.', 'isolation'],
  ],
  refused: [
    // Violence only threatened, in German word order (noun before its verb of threat).
    ['de', 'Der Vermittler habe ihnen körperliche Gewalt angedroht.', 'physical_and_sexual_violence'],
    // Going to work is not being beaten; a police escort home is not being caught and brought back.
    ['zh', '他后来去广州打工了。', 'physical_and_sexual_violence'],
    ['en', 'The workers were paid their wages in full, without delay.', 'withholding_of_wages'],
  ],
  nothing: [
    // What happens in general, not this case.
    ['en', 'Across the region, farmhands are often lured with advances and confined to pay off debts.'],
    ['en', 'Victims are made to work long hours under threats to their families.'],
    ['de', 'Nach Angaben der Beratungsstelle nutzen Anwerber häufig die Notlage der Menschen aus.'],
    ['de', 'Nicht selten würden Vermittler den Frauen die Pässe abnehmen.'],
    // Absconding (a residence offence) and the domestic-work adjective are not flight from confinement.
    ['ar', 'عرض عليها سمسار الهروب من كفيلها مقابل راتب أعلى.'],
    ['ar', 'رصدت الشرطة ارتفاعا في بلاغات هروب العاملات المنزلية.'],
    ['ar', 'أحالت إدارة البحث الجنائي المتهمين إلى النيابة.'],
    // Labour safety rules are no guards.
    ['ru', 'Инспекция проверила соблюдение норм охраны труда на заводе.'],
  ],
});

// Second table: nouns of retention and of debtors, food and care lacking, promises made in the active voice.
checkTaggedRows({
  found: [
    [
      'es',
      'Los inspectores denunciaron la retención de sus pasaportes por el patrón.',
      'retention_of_identity_documents',
    ],
    ['pt', 'Os catadores já chegaram devedores do transporte ao empreiteiro.', 'debt_bondage'],
    ['pt', 'As famílias não tinham comida suficiente no barraco.', 'abusive_working_and_living_conditions'],
    ['pt', 'Eles dormiam em alojamentos sem higiene nem ventilação.', 'abusive_working_and_living_conditions'],
    ['id', 'Perekrut menjanjikan pekerjaan di pabrik dengan upah besar.', 'deception'],
    ['id', 'Namun janji itu ternyata hanya jebakan.', 'deception'],
    [
      'en',
      'The pickers were forced to live in unsuitable conditions behind the barn.',
      'abusive_working_and_living_conditions',
    ],
    ['ar', 'قال العمال إنهم لم يتقاضوا سوى 3 دولار في اليوم.', 'withholding_of_wages'],
  ],
  refused: [
    ['pt', 'O devedor da prefeitura quitou os impostos atrasados.', 'debt_bondage'],
    ['ar', 'لم يحصل الفريق إلا على نقطة واحدة في المباراة.', 'withholding_of_wages'],
  ],
});

// Third table: pay refused only with pay as the object (pt), put off for years (zh); severance paid at a rescue and
// gear not received are no withheld wages; what thousands still suffer is no case (ar).
checkTaggedRows({
  found: [
    ['pt', 'Os lavradores não receberam nada pelos três meses de colheita.', 'withholding_of_wages'],
    ['pt', 'Os carvoeiros recebiam salários abaixo do piso da categoria.', 'withholding_of_wages'],
    ['pt', 'Eles deixaram a fazenda sem receber as verbas rescisórias.', 'withholding_of_wages'],
    ['zh', '包工头每年都说年底结算,却一直拖着不给。', 'withholding_of_wages'],
    ['zh', '他在窑厂干了八年,老板长年不发工资。', 'withholding_of_wages'],
  ],
  refused: [
    ['pt', 'Os trabalhadores não receberam equipamentos de proteção individual.', 'withholding_of_wages'],
    ['pt', 'Os resgatados receberam o pagamento das verbas rescisórias perante os auditores.', 'withholding_of_wages'],
  ],
  nothing: [['ar', 'لا يزال آلاف العمال يعانون من احتجاز جوازات السفر من قبل أصحاب العمل.']],
});
