// Festivals and public holidays as days and spans: 中秋节当天, 国庆节前两天, 春节后第一个工作日, 劳动节假期第二天.
//
// Lunar festival dates 2024–2028: 中国科学院紫金山天文台《中国天文年历》 (the official lunar calendar),
// as carried by chinese-days 1.5.7 `getLunarFestivals` (checked against it when this table was written).
// Holiday spans 2024–2026: 国务院办公厅关于部分节假日安排的通知 (国办发明电〔2023〕7号, 〔2024〕12号,
// 〔2025〕7号), as carried by chinese-days `getHolidaysInRange`. Years not yet published use the usual
// pattern (劳动节 5月1日–5日, 国庆 10月1日–7日, 春节 除夕起8天) and are marked so.
// The core reads no calendar library, so these days are copied; test/unit/festival-days-calendar.test.ts holds every
// one of them (lunar festivals, solar terms, published spans) to chinese-days, so a mistyped day fails there.
import { addDays, weekdayOf, ymd, type CivilDate, type DateRange } from './civil-date.js';

type Lunar = 'chuxi' | 'chunjie' | 'yuanxiao' | 'duanwu' | 'zhongqiu' | 'chongyang' | 'laba';
/** Lunar days that name a day in villages and minority areas: 二月二 (龙抬头), 三月三 (上巳, 壮族/布依族歌节), 六月六
 * (布依族, 晒衣节), 七夕 (七月初七), 中元 (七月十五). Each is lunar month-day → solar day, as chinese-days
 * `getSolarDateFromLunar` gives it (the ordinary month, not a leap one: 2025 has a leap 六月). */
type FolkLunar = 'eryueer' | 'sanyuesan' | 'liuyueliu' | 'qixi' | 'zhongyuan';
const FOLK: Record<FolkLunar, Record<number, string>> = {
  eryueer: { 2024: '03-11', 2025: '03-01', 2026: '03-20', 2027: '03-09', 2028: '02-26' },
  sanyuesan: { 2024: '04-11', 2025: '03-31', 2026: '04-19', 2027: '04-09', 2028: '03-28' },
  liuyueliu: { 2024: '07-11', 2025: '06-30', 2026: '07-19', 2027: '07-09', 2028: '07-27' },
  qixi: { 2024: '08-10', 2025: '08-29', 2026: '08-19', 2027: '08-08', 2028: '08-26' },
  zhongyuan: { 2024: '08-18', 2025: '09-06', 2026: '08-27', 2027: '08-16', 2028: '09-03' },
};

/** Month and day of each lunar festival, by year. */
const LUNAR: Record<number, Record<Lunar, string>> = {
  2024: { laba: '01-18', chuxi: '02-09', chunjie: '02-10', yuanxiao: '02-24', duanwu: '06-10', zhongqiu: '09-17', chongyang: '10-11' },
  2025: { laba: '01-07', chuxi: '01-28', chunjie: '01-29', yuanxiao: '02-12', duanwu: '05-31', zhongqiu: '10-06', chongyang: '10-29' },
  2026: { laba: '01-26', chuxi: '02-16', chunjie: '02-17', yuanxiao: '03-03', duanwu: '06-19', zhongqiu: '09-25', chongyang: '10-18' },
  2027: { laba: '01-15', chuxi: '02-05', chunjie: '02-06', yuanxiao: '02-20', duanwu: '06-09', zhongqiu: '09-15', chongyang: '10-08' },
  2028: { laba: '01-04', chuxi: '01-25', chunjie: '01-26', yuanxiao: '02-09', duanwu: '05-28', zhongqiu: '10-03', chongyang: '10-26' },
};

/** Published holiday spans (first and last day off). */
const HOLIDAYS: Record<number, Partial<Record<Festival, [string, string]>>> = {
  2024: { chunjie: ['02-10', '02-17'], qingming: ['04-04', '04-06'], laodong: ['05-01', '05-05'], duanwu: ['06-08', '06-10'], zhongqiu: ['09-15', '09-17'], guoqing: ['10-01', '10-07'], yuandan: ['01-01', '01-01'] },
  2025: { chunjie: ['01-28', '02-04'], qingming: ['04-04', '04-06'], laodong: ['05-01', '05-05'], duanwu: ['05-31', '06-02'], zhongqiu: ['10-01', '10-08'], guoqing: ['10-01', '10-08'], yuandan: ['01-01', '01-01'] },
  2026: { chunjie: ['02-15', '02-23'], qingming: ['04-04', '04-06'], laodong: ['05-01', '05-05'], duanwu: ['06-19', '06-21'], zhongqiu: ['09-25', '09-27'], guoqing: ['10-01', '10-07'], yuandan: ['01-01', '01-03'] },
};

/** The solar terms staff date events by (谷雨那天, 冬至当天), 2024–2028, as carried by chinese-days
 * `getSolarTermsInRange` (紫金山天文台). 清明 is also a holiday, kept below. */
const TERMS: Record<SolarTerm, Record<number, string>> = {
  lichun: { 2024: '02-04', 2025: '02-03', 2026: '02-04', 2027: '02-04', 2028: '02-04' },
  jingzhe: { 2024: '03-05', 2025: '03-05', 2026: '03-05', 2027: '03-06', 2028: '03-05' },
  chunfen: { 2024: '03-20', 2025: '03-20', 2026: '03-20', 2027: '03-21', 2028: '03-20' },
  guyu: { 2024: '04-19', 2025: '04-20', 2026: '04-20', 2027: '04-20', 2028: '04-19' },
  lixia: { 2024: '05-05', 2025: '05-05', 2026: '05-05', 2027: '05-06', 2028: '05-05' },
  mangzhong: { 2024: '06-05', 2025: '06-05', 2026: '06-05', 2027: '06-06', 2028: '06-05' },
  xiazhi: { 2024: '06-21', 2025: '06-21', 2026: '06-21', 2027: '06-21', 2028: '06-21' },
  liqiu: { 2024: '08-07', 2025: '08-07', 2026: '08-07', 2027: '08-08', 2028: '08-07' },
  chushu: { 2024: '08-22', 2025: '08-23', 2026: '08-23', 2027: '08-23', 2028: '08-22' },
  qiufen: { 2024: '09-22', 2025: '09-23', 2026: '09-23', 2027: '09-23', 2028: '09-22' },
  lidong: { 2024: '11-07', 2025: '11-07', 2026: '11-07', 2027: '11-07', 2028: '11-07' },
  dongzhi: { 2024: '12-21', 2025: '12-21', 2026: '12-22', 2027: '12-22', 2028: '12-21' },
  xiaohan: { 2024: '01-06', 2025: '01-05', 2026: '01-05', 2027: '01-05', 2028: '01-06' },
  dahan: { 2024: '01-20', 2025: '01-20', 2026: '01-20', 2027: '01-20', 2028: '01-20' },
  yushui: { 2024: '02-19', 2025: '02-18', 2026: '02-18', 2027: '02-19', 2028: '02-19' },
  xiaoman: { 2024: '05-20', 2025: '05-21', 2026: '05-21', 2027: '05-21', 2028: '05-20' },
  xiaoshu: { 2024: '07-06', 2025: '07-07', 2026: '07-07', 2027: '07-07', 2028: '07-06' },
  dashu: { 2024: '07-22', 2025: '07-22', 2026: '07-23', 2027: '07-23', 2028: '07-22' },
  bailu: { 2024: '09-07', 2025: '09-07', 2026: '09-07', 2027: '09-08', 2028: '09-07' },
  hanlu: { 2024: '10-08', 2025: '10-08', 2026: '10-08', 2027: '10-08', 2028: '10-08' },
  shuangjiang: { 2024: '10-23', 2025: '10-23', 2026: '10-23', 2027: '10-23', 2028: '10-23' },
  xiaoxue: { 2024: '11-22', 2025: '11-22', 2026: '11-22', 2027: '11-22', 2028: '11-22' },
  daxue: { 2024: '12-06', 2025: '12-07', 2026: '12-07', 2027: '12-07', 2028: '12-06' },
};
type SolarTerm = 'lichun' | 'jingzhe' | 'chunfen' | 'guyu' | 'lixia' | 'mangzhong' | 'xiazhi' | 'liqiu' | 'chushu' | 'qiufen' | 'lidong' | 'dongzhi'
  | 'xiaohan' | 'dahan' | 'yushui' | 'xiaoman' | 'xiaoshu' | 'dashu' | 'bailu' | 'hanlu' | 'shuangjiang' | 'xiaoxue' | 'daxue';

/** 清明 (a solar term): 4月4日 or 5日. */
const QINGMING: Record<number, string> = { 2024: '04-04', 2025: '04-04', 2026: '04-05', 2027: '04-05', 2028: '04-04' };

export type Festival = Lunar | FolkLunar | SolarTerm | 'xiaonian' | 'chunjie2' | 'chunjie3' | 'yuandan' | 'qingming' | 'laodong' | 'guoqing' | 'funv' | 'zhishu' | 'qingnian' | 'ertong' | 'jiaoshi' | 'pingan' | 'shengdan' | 'muqin' | 'fuqin' | 'shuang11' | 'shuang12';

/** The names staff write, longest first so 国庆节 is read before 国庆. */
export const FESTIVAL_NAMES: Array<[string, Festival]> = (
  [
    ['除夕', 'chuxi'], ['大年三十', 'chuxi'], ['春节', 'chunjie'], ['大年初一', 'chunjie'], ['过年', 'chunjie'], ['元宵节', 'yuanxiao'], ['元宵', 'yuanxiao'],
    ['端午节', 'duanwu'], ['端午', 'duanwu'], ['中秋节', 'zhongqiu'], ['中秋', 'zhongqiu'], ['重阳节', 'chongyang'], ['重阳', 'chongyang'],
    ['元旦', 'yuandan'], ['清明节', 'qingming'], ['清明', 'qingming'], ['劳动节', 'laodong'], ['五一', 'laodong'], ['国庆节', 'guoqing'], ['国庆', 'guoqing'], ['十一', 'guoqing'],
    ['三八妇女节', 'funv'], ['妇女节', 'funv'], ['三八节', 'funv'], ['植树节', 'zhishu'], ['五四青年节', 'qingnian'], ['青年节', 'qingnian'], ['五四', 'qingnian'],
    ['六一儿童节', 'ertong'], ['儿童节', 'ertong'], ['六一', 'ertong'], ['教师节', 'jiaoshi'], ['平安夜', 'pingan'], ['圣诞节', 'shengdan'], ['母亲节', 'muqin'], ['父亲节', 'fuqin'],
    // 双十一, 双12: the shopping days (电商 training and 网购防骗 talks are dated by them).
    ['双十一', 'shuang11'], ['双11', 'shuang11'], ['双十二', 'shuang12'], ['双12', 'shuang12'],
    ['腊八节', 'laba'], ['腊八', 'laba'], ['小年', 'xiaonian'],
    ['二月二', 'eryueer'], ['龙抬头', 'eryueer'], ['三月三', 'sanyuesan'], ['六月六', 'liuyueliu'], ['七夕节', 'qixi'], ['七夕', 'qixi'], ['乞巧节', 'qixi'],
    ['中元节', 'zhongyuan'], ['七月半', 'zhongyuan'],
    ['立春', 'lichun'], ['惊蛰', 'jingzhe'], ['春分', 'chunfen'], ['谷雨', 'guyu'], ['立夏', 'lixia'], ['芒种', 'mangzhong'], ['夏至', 'xiazhi'],
    ['立秋', 'liqiu'], ['处暑', 'chushu'], ['秋分', 'qiufen'], ['立冬', 'lidong'], ['冬至', 'dongzhi'],
    ['小寒', 'xiaohan'], ['大寒', 'dahan'], ['雨水', 'yushui'], ['小满', 'xiaoman'], ['小暑', 'xiaoshu'], ['大暑', 'dashu'], ['白露', 'bailu'],
    ['寒露', 'hanlu'], ['霜降', 'shuangjiang'], ['小雪', 'xiaoxue'], ['大雪', 'daxue'],
    ['大年初二', 'chunjie2'], ['大年初三', 'chunjie3'], ['正月初二', 'chunjie2'], ['正月初三', 'chunjie3'], ['正月十五', 'yuanxiao'], ['八月十五', 'zhongqiu'], ['九月九', 'chongyang'],
  ] as Array<[string, Festival]>
).sort((a, b) => b[0].length - a[0].length);

const FIXED: Partial<Record<Festival, string>> = { yuandan: '01-01', laodong: '05-01', guoqing: '10-01', funv: '03-08', zhishu: '03-12', qingnian: '05-04', ertong: '06-01', jiaoshi: '09-10', pingan: '12-24', shengdan: '12-25', shuang11: '11-11', shuang12: '12-12' };

/** The festival's own day in a year, or undefined for a year the table does not hold. */
export function festivalDay(festival: Festival, year: number): CivilDate | undefined {
  const fixed = FIXED[festival];
  if (fixed) return `${year}-${fixed}`;
  // 母亲节: the second Sunday of May; 父亲节: the third Sunday of June.
  if (festival === 'muqin' || festival === 'fuqin') {
    const [month, nth] = festival === 'muqin' ? [5, 2] : [6, 3];
    let d = ymd(year, month, 1);
    while (weekdayOf(d) !== 0) d = addDays(d, 1);
    return addDays(d, 7 * (nth - 1));
  }
  if (festival === 'chunjie2' || festival === 'chunjie3') {
    const first = festivalDay('chunjie', year);
    return first ? addDays(first, festival === 'chunjie2' ? 1 : 2) : undefined;
  }
  // 小年: 腊月二十三 (the northern reckoning, the one official calendars print), fifteen days after 腊八.
  if (festival === 'xiaonian') {
    const laba = festivalDay('laba', year);
    return laba ? addDays(laba, 15) : undefined;
  }
  if (festival in TERMS) {
    const md = TERMS[festival as SolarTerm][year];
    return md ? `${year}-${md}` : undefined;
  }
  if (festival in FOLK) {
    const md = FOLK[festival as FolkLunar][year];
    return md ? `${year}-${md}` : undefined;
  }
  if (festival === 'qingming') return QINGMING[year] ? `${year}-${QINGMING[year]}` : undefined;
  const lunar = LUNAR[year]?.[festival as Lunar];
  return lunar ? `${year}-${lunar}` : undefined;
}

/** The days off around a festival: published spans, else the usual pattern; a festival with none is its day. */
export function holidaySpan(festival: Festival, year: number): (DateRange & { published: boolean }) | undefined {
  const known = HOLIDAYS[year]?.[festival];
  if (known) return { start: `${year}-${known[0]}`, end: `${year}-${known[1]}`, published: true };
  const day = festivalDay(festival === 'chuxi' ? 'chunjie' : festival, year);
  if (!day) return undefined;
  if (festival === 'laodong') return { start: ymd(year, 5, 1), end: ymd(year, 5, 5), published: false };
  if (festival === 'guoqing') return { start: ymd(year, 10, 1), end: ymd(year, 10, 7), published: false };
  if (festival === 'chunjie' || festival === 'chuxi') return { start: addDays(day, -1), end: addDays(day, 6), published: false };
  return { start: day, end: day, published: false };
}

/** The first working day after a festival's days off (weekends skipped). */
export function firstWorkdayAfter(festival: Festival, year: number): CivilDate | undefined {
  const span = holidaySpan(festival, year);
  if (!span) return undefined;
  let d = addDays(span.end, 1);
  while (weekdayOf(d) === 0 || weekdayOf(d) === 6) d = addDays(d, 1);
  return d;
}
