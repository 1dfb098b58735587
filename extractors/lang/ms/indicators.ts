// The ILO indicators of forced labour in Malay news: the Indonesian pack's tables (the two standards share most
// words) plus the Malay words Indonesian lacks: "dibenarkan" (allowed; id "diizinkan"), "rehat" (rest; id
// "istirahat"), "kos"/"yuran" (cost, fee; id "biaya"), "lebih masa" (overtime; id "lembur"), "potongan gaji".
// Written for this project from Malaysia's ATIPSOM Act 2007 wording and the ILO indicator definitions (2012).
import type { IndicatorId } from '../../../lib/types.js';
import { withTraps } from '../generic/indicator-traps.js';
import { INDICATORS_ID, INDICATOR_TRAPS_ID } from '../id/indicators.js';
import { S, w } from '../id/words.js';

const MALAY: Partial<Record<IndicatorId, string[]>> = {
  restriction_of_movement: [
    w(
      `pergerakan (?:\\p{L}+ ){0,2}(?:dihadkan|dikawal|disekat)|(?:tidak|tanpa) dibenarkan (?:keluar|pulang|balik|meninggalkan)|dikurung`,
    ),
  ],
  isolation: [
    w(
      `(?:tidak|tanpa) dibenarkan (?:berhubung|menghubungi|bercakap)|(?:telefon|telefon bimbit)${S} (?:\\p{L}+ ){0,2}(?:dirampas|disita|diambil)`,
    ),
  ],
  withholding_of_wages: [
    w(
      `tanpa gaji(?: penuh)?|gaji (?:\\p{L}+ ){0,2}(?:tertunggak|tidak (?:dibayar|diterima) sepenuhnya)|tidak (?:menerima|dibayar) (?:\\p{L}+ ){0,2}sepenuhnya|(?:hanya )?menerima gaji (?:\\p{L}+ ){0,1}sekali`,
    ),
  ],
  debt_bondage: [
    w(`(?:hutang|utang) (?:\\p{L}+ ){0,2}(?:kos|yuran)${S}|potongan gaji (?:\\p{L}+ ){0,2}(?:hutang|kos|yuran)`),
  ],
  excessive_overtime: [
    w(`tanpa (?:hari )?rehat|tidak (?:diberi |dibenarkan )?(?:cuti|rehat)|kerja lebih masa|lebih masa tanpa`),
  ],
};

// The Indonesian traps hold for Malay too ("sabit kesalahan", "boleh dipenjara" are the law's penalty in Malay).
export const INDICATORS_MS = withTraps(
  Object.fromEntries(
    Object.entries(INDICATORS_ID).map(([id, list]) => [id, [...list, ...(MALAY[id as IndicatorId] ?? [])]]),
  ) as Record<IndicatorId, string[]>,
  INDICATOR_TRAPS_ID,
);
