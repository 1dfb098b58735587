// Arabic cues for perpetrators and workplaces, written for this project.
import type { Sector } from '../../data/sectors.js';

export const PERPETRATOR_CUES_AR =
  /القبض على|اعتقال|المتهم|متهم|المشتبه|صاحب العمل|أصحاب العمل|الكفيل|مكتب استقدام|أدين|حكم على/u;

const WP: [string, string, Sector][] = [
  ['عاملات? المنازل|عاملة منزلية|عاملات منزلية|خادمات?|مكتب استقدام|مكاتب الخدم', 'منزل', 'domestic_work'],
  ['الإنشاءات|البناء|موقع بناء', 'البناء', 'construction'],
  ['مزرعة|المزارع|مزارع', 'مزرعة', 'agriculture'],
  ['مصنع|معمل', 'مصنع', 'manufacturing'],
  ['قارب صيد|سفينة صيد|الصيد', 'قارب صيد', 'fishing'],
];

export const WORKPLACES_AR = WP.map(([rx, name, sector]) => ({ pattern: new RegExp(rx, 'u'), name, sector }));
