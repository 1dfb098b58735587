// Arabic cardinal number words as news write them before a counted noun, built by the grammar of the numbers
// rather than listed: units in both genders (ثلاثة / ثلاث), teens (ثلاثة عشر), tens in the nominative and the
// oblique case (عشرون / عشرين), unit + و + tens (خمسة وعشرون, written joined or apart), hundreds (مئة, ثلاثمائة).
// Hamza-less spellings (اربعة, احدى) are common online and are generated beside the standard ones.
// Written for this project from Arabic grammar (no CLDR spell-out data is installed).

const UNITS: [string[], number][] = [
  [['واحد', 'واحدة'], 1],
  [['اثنان', 'اثنين', 'اثنتان', 'اثنتين'], 2],
  [['ثلاثة', 'ثلاث'], 3],
  [['أربعة', 'أربع'], 4],
  [['خمسة', 'خمس'], 5],
  [['ستة', 'ست'], 6],
  [['سبعة', 'سبع'], 7],
  [['ثمانية', 'ثماني', 'ثمان'], 8],
  [['تسعة', 'تسع'], 9],
];
const TENS: [string, number][] = [
  ['عشر', 20],
  ['ثلاث', 30],
  ['أربع', 40],
  ['خمس', 50],
  ['ست', 60],
  ['سبع', 70],
  ['ثمان', 80],
  ['تسع', 90],
];
// Unit words that open the teens (11 and 12 have their own forms).
const TEEN_UNITS: [string[], number][] = [
  [['أحد', 'إحدى'], 1],
  [['اثنا', 'اثني', 'اثنتا', 'اثنتي'], 2],
  ...UNITS.filter(([, n]) => n >= 3),
];

/** The spelling without hamza on alif (أ/إ → ا), as much online news writes it. */
const bare = (s: string) => s.replace(/[أإ]/g, 'ا');

/** Arabic number words (1–999 as news use them) → value; multi-word keys have single spaces. */
export function arabicNumbers(): Record<string, number> {
  const out: Record<string, number> = {};
  const put = (k: string, n: number) => {
    out[k] = n;
    out[bare(k)] = n;
  };
  // "واحد" after a noun is an adjective ("عامل واحد"), never a count before one: kept for compounds only.
  for (const [forms, n] of UNITS) for (const f of forms) if (n >= 2) put(f, n);
  put('عشرة', 10);
  put('عشر', 10);
  for (const [forms, n] of TEEN_UNITS)
    for (const f of forms) for (const ten of ['عشر', 'عشرة']) put(`${f} ${ten}`, 10 + n);
  for (const [stem, n] of TENS) {
    const tens = stem === 'عشر' ? ['عشرون', 'عشرين'] : [`${stem}ون`, `${stem}ين`];
    for (const t of tens) {
      put(t, n);
      // "خمسة وعشرون" (joined) and "خمسة و عشرون" (the conjunction split off, as countsAr splits it).
      for (const [forms, u] of UNITS)
        for (const f of forms) for (const sep of [' و', ' و ']) put(`${f}${sep}${t}`, n + u);
    }
  }
  for (const h of ['مئة', 'مائة']) {
    put(h, 100);
    put(h === 'مئة' ? 'مئتان' : 'مائتان', 200);
    put(h === 'مئة' ? 'مئتين' : 'مائتين', 200);
    for (const [forms, u] of UNITS) if (u >= 3) put(`${forms[1] ?? forms[0]}${h}`, u * 100);
  }
  return out;
}
