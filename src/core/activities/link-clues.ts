// What an activity's text and date say beyond its words: the kind of event, asides to drop, and when it was held.
import type { PlanItem } from '../plans/plan-schema.js';
import { addDays, inYear } from '../dates/civil-date.js';
import { FESTIVAL_NAMES } from '../dates/festival-days.js';
import { normalizeText } from '../text/normalize.js';

/** An event of adults only (a company's staff) that names no young people does not serve a 青少年 item. */
export const ADULT_BODY = /公司|企业|集团|工厂|厂区|车间|职工|员工|工人|company|employees|staff/iu;
export const YOUNG = /青少年|学生|中小学|小学|中学|学校|校园|少儿|孩子|儿童|学子|student|school|kids|youth/iu;
/** Another body's own meeting (学会, 公司): it serves that body's year, not the 科协's item it shares words with. */
export const OTHER_BODY = /学会|协会|公司|企业|厂|学校|医院|合作社/u;
/** The 科协's own meetings that only share words with its written work (年度工作总结会 is not 年度工作总结). */
export const OWN_MEETING = /总结会|总结表彰会|表彰会|工作会议|年会|座谈会/u;
/** What a meeting talked about ("会上传达了…", "会议部署了…"), to the end of its sentence. */
export const AGENDA = /(?:(?<![协学社工])会上(?![午周月年旬次])|会议(?=传达|布置|部署|研究|通报|讨论|审议))[^。！!\n]*/gu;
/** A meeting held (总结会, 工作会议, 年会), as against the work it talks about. */
export const MEETING = /(?:召开|举行|开了)[^，。；,;]{0,24}(?:会议|[^社学协工]会)(?!员)|(?:总结|座谈|工作|部署|推进|年|代表大)会(?!员|长)/u;
/** A festival a school or body holds for itself ("学校科技节"), not an observance. */
export const OWN_FESTIVAL = /科技节|科普节|科学节|读书节|艺术节|嘉年华/u;
/** A question asked in passing ("另外想问一下，年度总结是不是月底前交？"): an aside, not what the event served. */
export const ASIDE = /(?:顺便|另外|还)?(?:问下|问一下|请问|想问)[^。！!\n]*/gu;
/** A survey item (状况调查) is served by surveying: a salon for the same people is another kind of event. */
export const SURVEY_ITEM = /调查|问卷/u;
export const SURVEY = /调查|调研|问卷|填报|survey|questionnaire/iu;
/** Whom a survey item surveys ("科技工作者状况调查"): its people. */
export const SURVEYED_GROUP = /科技工作者|科技人员|科研人员|会员|企业|教师|医务人员|农技人员/gu;
/** Whom a record surveyed, when they are the public ("入户调查…调查居民320人", "对学生进行问卷调查"). */
export const SURVEYED_PUBLIC = /(?:调查|调研|问卷|入户)[^，,。；;！!\n]{0,8}?(?:居民|村民|群众|市民|学生|家长|农户|住户|家庭|患者|老人|儿童|游客|消费者)|(?:居民|村民|群众|市民|学生|家长|农户|住户|家庭|患者|老人|儿童|游客|消费者)[^，,。；;！!\n]{0,6}?(?:问卷|调查)|入户调查/u;
/** A contest prepared for ("做了12件作品准备报县里的创新大赛"): the work before it, not the contest. */
export const PREPARED = /(?:准备|打算|备战|将要?|计划|建议|明年|争取)[^，。；,;！!\n]{0,16}(?:大赛|竞赛|比赛|评选)/gu;
/**
 * A wish for later ("下个月想申请去科技馆天象厅", "下次打算再去…"), to the end of its clause: a place or object named
 * there is where the writer may go next, not the object of the event reported.
 */
export const LATER_WISH = /(?:下个?月|下周|下次|下学期|下半年|明年|以后|回头|改天|过段时间)[^，,。；;！!\n]{0,3}(?:想|打算|准备|计划|争取|希望)[^，,。；;！!\n]*/gu;
/**
 * A plan for a month named after it ("我们计划9月科普日期间继续与科协合作", "打算下月再办"), to the end of its sentence:
 * the observance it names is the next event's, not the one reported. "按计划", "原计划", "年度计划" are the past's plans.
 */
export const LATER_PLAN = /(?<![按原照据依度划])(?:计划|打算|拟)(?:于|在|到)?(?:下个?月|下周|下学期|下半年|明年|[一二三四五六七八九十\d]{1,2}月)[^。！!\n]*/gu;

/**
 * An event still to come, told after the one reported ("明天5·12防灾减灾日我们还要跟应急办去中心校，到时候再报哈"), to the end of its
 * sentence: the observance or object it names is that event's, not the one reported.
 */
export const LATER_EVENT = /(?:明天|后天|下周|下星期|下礼拜|过两天|过几天)[^，,。；;！!？?\n]{0,16}?(?:还要|还得|还会|又要|要去|要到|要跟|要和|将|准备|打算)[^。！!？?\n]*/gu;

/**
 * Other work of the writer's, said in passing and to be sent later ("年度总结我也写完了，下周发你", "另外照片回头发给您"),
 * to the end of its sentence: not what the event reported served ("备案材料下周报给你们" of the event itself stays). It starts
 * in the clause of its 也 ("…下乡，村民也很积极，照片明天发给你" keeps "…下乡").
 */
export const LATER_SENT = /[^，,。.；;！!\n]{0,30}(?:也|另外|顺便|还有)[^。.；;！!\n]{0,30}?(?:下周|下星期|下礼拜|回头|过两天|过几天|改天|随后|稍后|晚点|明天|月底前?)[^，,。.；;！!\n]{0,4}?(?:再|就)?(?:发|报|交|送|传)(?:给)?(?:你|您|过去|上去|上来)[^。.；;！!\n]*/gu;

/** When the activity happened, to prefer the item whose deadline or observance window holds it. */
export interface ActivityWhen {
  start: string;
  end: string;
}

/** Near one of the item's observances (±45 days); an item of two (防灾减灾日, 国际减灾日) is in season near either. */
export function inSeason(item: PlanItem, when: ActivityWhen | undefined): boolean {
  const implied = item.due.filter((d) => d.implied);
  if (!when || implied.length === 0) return true;
  const year = Number(when.start.slice(0, 4));
  return implied.some((d) => addDays(inYear(d.start, year), -45) <= when.end && when.start <= addDays(inYear(d.end, year), 45));
}

/** The festivals staff name by words, not by numbers (六一, 十一 and 五四 are also just numbers). */
const FESTIVALS = new RegExp(FESTIVAL_NAMES.map(([n]) => n).filter((n) => !/^[一二三四五六七八九十]+$/u.test(n)).join('|'), 'u');
/** A day named as the occasion ("十七号是助残日", "恰逢世界读书日", "国际盲人节那天"): its name before 日 or 节. */
const NAMED_DAY = /(?:是|逢|正值|恰逢|适逢)([\p{Script=Han}]{1,8}?)(?:日|节)(?![目约能省奏气])|([\p{Script=Han}]{2,8}?)(?:日|节)(?:那天|当天|这天|前夕|前一天|前两天|当日)/gu;
/** Words ending in 日 or 节 that are days of the week or of the calendar, not occasions. */
const PLAIN_DAY = /^(?:周|星期|礼拜|工作|休息|假|节|生|当|次|今|昨|明|前|后|每|平|双休|节假|同|本|这|那|上|下|首|末|翌|近|连|多|数|[\d一二三四五六七八九十两几]+)$/u;

/**
 * Whether a part names an occasion of its own: a festival (中秋, 重阳) or a day it calls by name (助残日, 盲人节). Such a
 * part is that occasion's event, not the observance its sibling named ("科普日…；中秋前一天园里…" is not the 科普日's).
 */
export function namesOwnOccasion(written: string): boolean {
  const text = normalizeText(written);
  if (FESTIVALS.test(text)) return true;
  for (const m of text.matchAll(NAMED_DAY)) {
    const name = (m[1] ?? m[2] ?? '').replace(/^(?:是|逢|就是|又是|也是)/u, '');
    if (name && !PLAIN_DAY.test(name)) return true;
  }
  return false;
}

/**
 * What a period holds, said in a lead shared by several parts ("九月下旬（含科普日）："): the observance is one of the
 * period's events (the part that names it), not every part's.
 */
export const INCLUDED = /[（(]\s*(?:含|包括|包含|其中有?)[^）)\n]{1,20}[）)]/gu;
