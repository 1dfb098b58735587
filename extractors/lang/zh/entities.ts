// Chinese cues for perpetrators and workplaces, written for this project.
import type { Sector } from '../../data/sectors.js';

/** Words near a name that make it someone accused: arrested, charged, convicted, owner, foreman, agent. */
export const PERPETRATOR_CUES_ZH =
  /逮捕|抓获|抓獲|刑事拘留|起诉|起訴|被告|嫌犯|嫌疑人|主犯|从犯|從犯|判处|判處|获刑|獲刑|老板|老闆|工头|工頭|船东|船東|负责人|負責人|中介/u;

const WP: [string, string, Sector][] = [
  ['砖厂|磚廠|砖窑|磚窯', '砖厂', 'brick_kilns'],
  ['渔船|漁船|远洋|遠洋', '渔船', 'fishing'],
  ['诈骗园区|詐騙園區|电诈园区|電詐園區|园区|園區', '诈骗园区', 'online_scams'],
  ['工地', '工地', 'construction'],
  ['餐厅|餐廳|饭店|飯店|酒店', '餐厅', 'hospitality'],
  ['家庭帮佣|家庭幫傭|女佣|女傭|家政', '家庭', 'domestic_work'],
  ['制衣厂|製衣廠|服装厂|服裝廠', '制衣厂', 'garment'],
  ['水泥厂|水泥廠|再循环工厂|再循環工廠|工厂|工廠', '工厂', 'manufacturing'],
];

export const WORKPLACES_ZH = WP.map(([rx, name, sector]) => ({ pattern: new RegExp(rx, 'u'), name, sector }));
