// Chinese indicators by the kinds reporters use (invented sentences): a dozen-plus hours, small hours to night, before
// dawn; forbidden to go out, not let out; coercion (威逼) and harm promised for resisting; pay held as a deposit or
// never got. Traps: hard manual labour alone (做苦力) is no abusive condition; work elsewhere (打工) is no beating.
import { checkIndicatorRows } from './indicator-rows.js';

checkIndicatorRows('zh', {
  found: [
    ['他们每天被迫在窑厂干十几个小时。', 'excessive_overtime'],
    ['工人们从凌晨三点一直干到晚上七点。', 'excessive_overtime'],
    ['天不亮就被赶到地里干活。', 'excessive_overtime'],
    ['晚上工人们被禁止出门。', 'restriction_of_movement'],
    ['老板把门锁上,不让我们出去。', 'restriction_of_movement'],
    ['在威逼之下,他交了两千元才得以离开。', 'intimidation_and_threats'],
    ['监工说如果逃跑就打断他们的腿。', 'intimidation_and_threats'],
    ['店主说工资要押半年才能发。', 'withholding_of_wages'],
    ['干了三个月,他们得不到一分工钱。', 'withholding_of_wages'],
    ['四个月下来,一分钱也没有拿到。', 'withholding_of_wages'],
    ['這些工人每天工作十多個小時。', 'excessive_overtime'],
  ],
  refused: [
    ['这些人被带到砖厂做苦力。', 'abusive_working_and_living_conditions'],
    ['他说如果不干了就去南方打工。', 'intimidation_and_threats'],
    ['每天工作八个小时,周末休息。', 'excessive_overtime'],
  ],
  nothing: ['市政府召开会议,部署春季防火工作。'],
});
