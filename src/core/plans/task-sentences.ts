// Whether a sentence or paragraph asks for something to be done: a task verb, a count or a date, and not news,
// narrative, an introduction, a lead-in or a closing admonition.
import { parseDeadlines } from '../dates/parse-deadlines.js';
import { normalizeText } from '../text/normalize.js';
import { parseTargets } from './parse-targets.js';

/** Verbs that make a sentence a task. */
export const TASK_VERB = /(开展|举办|组织|召开|建设|新建|建成|创建|实施|推进|推动|加强|强化|做好|办好|抓好|完成|落实|培育|培养|推广|发展|深化|提升|打造|建立|健全|完善|组建|报送|上报|开放|培训|评选|评审|征集|宣传|服务|走访|慰问|编制|制定|筹备|启动|举行|发放|更新|印发|出台|争取|引进|扩大|覆盖|巡展|普及|设立|成立|申报|考核|检查|调研|研究|指导|召集|配合|协助|推选|评比|表彰|举荐|回收|形成|汇总|整理|制作|拍摄|编写|部署)/u;
/** Closing admonitions ("各单位要高度重视…确保落到实处") are not tasks. */
const ADMONITION = /(各(单位|部门|乡镇|科室|级|有关)|全体|全县|全市).{0,12}(要|务必|必须|应)|确保.{0,16}(落到实处|按时完成|取得实效|落实到位)|高度重视|切实加强(组织)?领导/u;
/** News and narrative: what happened, not what is to be done (了解, to learn about, tells of nothing done). */
const NARRATIVE = /了(?!解)|已经|已于|出席|与会|过去一年|去年|成效明显|亮点纷呈|取得(了)?(显著|明显|良好)|展开(?:热烈)?讨论|进行(?:了)?(?:热烈)?讨论|(?:负责人|主席|书记|部长|局长|同志)(?:表示|指出|强调)/u;
/** A news lead: "3月17日上午，…" (or "115日," where the page lost its 月); not "5月30日,我市将举办…" nor "5月25日,2024年某市科技活动周开幕式将在…举办" (what will be done that day). */
const NEWS_LEAD = /^(?:\d{1,2}月\d{1,2}日|(?:[1-9]|1[0-2])(?:[1-9]|[12]\d|3[01])日)(上午|下午|晚上?|晚间)?[，,](?![^，,。；;]{0,24}(?:将|拟|计划)(?:于|在|要|举办|举行|开展|组织|召开|启动))/u;
/** A news report of a meeting after its lead-in: "为落实…要求，8月6日，某县科协召开…筹备会". */
const NEWS_EVENT = /[，,]\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?[，,][^，,。]{0,16}(?:科协|政府|我县|我市|我区|局|委员会|协会|学会)(?:在[^，,。]{2,20}?)?[^，,。]{0,6}(?:召开|举行|举办|组织召开)[^，,。]{0,30}(?:会|仪式)$/u;
/** A paragraph that reviews results ("会议梳理了2024年科普工作成果：…"): past results quoted, no task. */
const RESULTS_REVIEW = /^[^。：:；;]{0,12}(?:梳理|回顾|总结|通报|盘点)了?[^。：:；;]{0,16}(?:成果|成效|成绩|亮点)[:：]/u;
/** A pledge that closes a speech or a year's aim: "…砥砺奋进，为助推…高质量发展贡献智慧和力量". */
const PLEDGE = /(?:贡献|奉献)(?:更大的?|新的)?(?:智慧和力量|智慧力量|力量|智慧)$/u;
/** A sentence that is a pledge and nothing more: before its "为…贡献…" clause no verb of work ("全面推进…工作" is one). */
function pledgeOnly(s: string): boolean {
  if (!PLEDGE.test(s)) return false;
  const at = Math.max(s.lastIndexOf('，为'), s.lastIndexOf(',为'));
  return !TASK_VERB.test(at >= 0 ? s.slice(0, at) : '');
}
/** A lead-in that announces the tasks ("重点做好以下工作", "现将有关事项安排如下："). */
const LEAD_IN = /((以下|如下)[^，,。]{0,8}|[:：])$/u;

/** The document's own introduction or cover note ("为…，制定本方案", "现将…印发给你们，请认真贯彻落实"). */
const INTRO = /(特|现)制定|制定(本|如下)(方案|要点|计划|安排|意见|细则)?|^现将|印发给你们|请(结合实际)?认真(贯彻|抓好|组织|遵照)/u;

/** True when a sentence asks for something to be done; `planYear` marks sentences about earlier years as past. */
export function isTaskSentence(sentence: string, planYear?: number): boolean {
  const s = normalizeText(sentence).trim();
  // A line of figures and no words ("2023-4-23 14:59:4 3135": a page's timestamp and view count) asks for nothing.
  if (s.length < 6 || !/\p{Script=Han}{2}/u.test(s) || NARRATIVE.test(s) || pledgeOnly(s) || NEWS_LEAD.test(s) || NEWS_EVENT.test(s) || LEAD_IN.test(s) || INTRO.test(s)) return false;
  const year = /^(\d{4})年/u.exec(s);
  if (year && planYear !== undefined && Number(year[1]) < planYear) return false;
  return TASK_VERB.test(s) || parseTargets(sentence).length > 0 || parseDeadlines(sentence, 2000).length > 0;
}

/** A headline or photo caption of a past event ("…宣讲会在甬举办", "…活动启动"): no sentence mark, a past-event verb at the end. */
export const HEADLINE = /^[^。；;！!？?]{4,60}(?:在.{1,8}(?:举办|举行|召开|开展)|启动|开幕|闭幕|落幕|揭牌|圆满结束|顺利完成|圆满完成|取得成功|成功举办|隆重举行|顺利召开)$/u;

/** True when a paragraph holds a task: one of its sentences does, and it is not a closing admonition or news. */
export function isTaskParagraph(paragraph: string, planYear?: number): boolean {
  if (NEWS_LEAD.test(normalizeText(paragraph).trim()) || RESULTS_REVIEW.test(normalizeText(paragraph).trim()) || HEADLINE.test(normalizeText(paragraph).trim())) return false;
  const sentences = paragraph.split(/[。！？!?；;]/u).filter((s) => s.trim() !== '');
  const tasks = sentences.filter((s) => isTaskSentence(s, planYear));
  if (tasks.length === 0) return false;
  // "…全体要主动作为，着力做好A、B、C等方面工作": an admonition that names the tasks still names them.
  return !tasks.every((s) => ADMONITION.test(normalizeText(s)) && !/(?:着力|重点|全力)(?:做好|抓好|推进)/u.test(normalizeText(s))) || tasks.some((s) => parseTargets(s).length > 0 || parseDeadlines(s, 2000).length > 0);
}
