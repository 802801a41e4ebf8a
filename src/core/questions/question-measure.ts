// What a count question adds up (场, 人, 户…), from its counting words in Chinese or English.
import type { Measure } from './question.js';

/** English counted things and the unit the log writes them in. */
const ENGLISH_UNITS: Array<[RegExp, string]> = [
  [/how many (?:[a-z-]+ )?(schools|campuses)/u, '所'],
  [/how many (?:[a-z-]+ )?(households|farmers|farms|families)/u, '户'],
  [/how many (?:[a-z-]+ )?(copies|leaflets|brochures|materials|questionnaires)/u, '份'],
  [/how many (?:[a-z-]+ )?(companies|enterprises?|associations|bases)/u, '家'],
  [/how many (?:[a-z-]+ )?(communities)/u, '个'],
  [/how many (?:[a-z-]+ )?(suggestions|proposals|reports)/u, '条'],
];

/** The unit a counted thing is written in ("多少农户" counts 户). */
const NOUN_UNITS: Record<string, string> = { 农户: '户', 学校: '所', 资料: '份', 问卷: '份', 作品: '件', 企业: '家', 社区: '个', 信息: '条', 科技工作者: '人', 学生: '人', 群众: '群众', 人: '人' };

export function measureOf(text: string): { measure: Measure; unit: string | null } {
  const m = /(?:几|多少)\s*(?:个(?=人|学生|群众))?(场次|人次|场|次|个|家|份|条|户|所|名|位|人|期|篇|块|册|件|项|群众)?/u.exec(text);
  const noun = /(?:几|多少)\s*(?:个|名|位|份|户|所|家|件|条)?\s*(农户|学校|资料|问卷|作品|企业|社区|信息|科技工作者|学生|群众|人)/u.exec(text)?.[1];
  const unit = m?.[1] || (noun ? NOUN_UNITS[noun] : undefined) || '';
  if (/^(条|项|次|个)$/u.test(unit) && /(几|多少)\s*(条|项|次|个)\s*(活动|记录)/u.test(text)) return { measure: 'activities', unit: null };
  const englishUnit = ENGLISH_UNITS.find(([re]) => re.test(text))?.[1];
  if (englishUnit) return { measure: 'metric', unit: englishUnit };
  if (/\b(people|attendees|participants|residents|visitors|persons|attendance|turnout|headcounts?)\b/u.test(text)) return { measure: 'people', unit: null };
  if (unit === '场' || unit === '场次' || /\b(sessions?|events?|trainings?|lectures?|talks?|workshops?)\b/u.test(text)) return { measure: 'sessions', unit: null };
  if (['人', '人次', '名', '位', '群众'].includes(unit) || /群众|人数|参与|覆盖|受益|服务了?.{0,4}人|people|attendees|participants|residents|visitors/u.test(text)) return { measure: 'people', unit: null };
  if (unit === '次' || unit === '项' || unit === '') return { measure: 'activities', unit: null };
  return { measure: 'metric', unit };
}
