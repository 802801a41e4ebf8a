// Tells a report (something was done) from what only looks like one: a notice, a forwarded article, a call
// for entries, a sign-up call, a meeting arrangement. Those carry dates and "不少于300人" too, but they ask
// someone to do something; a report says it was done.

/** Openings that make a message a notice: 转发, 【通知】, 关于…的通知, 报名通知, a first line that is a sign-up ("#接龙 周日讲座报名"). */
const HEAD = /(?:转自|来源[:：]|转载自|原文链接|阅读原文)|^\s*(?:【[^】]{0,12}(?:通知|转发|公告|报名|征集|提醒)[^】]{0,6}】|转发|转[:：]|\[转\]|通知[:：]|公告[:：]|提醒[:：]|关于.{0,60}?的(?:通知|公告|函|预告)|[^，。,;；]{0,30}(?:报名|征集|征稿)(?:通知|启事|公告|开始了?|啦)|(?:#\s*接龙\s*)?[^\n，。,;；]{0,30}报名(?:接龙|表|名单)?\s*[:：]?\s*(?:\n|$)|#?\s*(?:接龙\s*报名|报名\s*接龙))/u;
/**
 * "各乡镇科协：", "县科协各基层组织：": a message addressed to units, as notices open (not "各位领导", nor a heading
 * such as "5月各单位活动汇总：" or "本周各乡镇报送：").
 */
const ADDRESSED = /^\s*[^\d，。,;；:：\s]{0,8}各(?!位)[^，。,;；:：\s]{0,10}(?:科协|单位|学校|组织|部门|乡镇|村|社区|会员|同志|学会|协会|站|所|馆|中心|办|委员会)[:：]/u;
/**
 * Words that ask someone to act: 请各单位, 务必, 届时, 定于, 即日起, 限报, a call to sign up (开放报名, 扫码报名, sign up,
 * 先到先得), a wait for a notice ending its clause (另行通知, 等通知吧; not "防汛等通知精神") (not a report's closing,
 * "以上，敬请审阅").
 */
const ASKS = /(?<![邀申聘延提])请各|(?<![邀申聘延提])请(?:于|在)[^，。,;；]{0,16}前|(?<![邀申聘延提])请[^，。,;；]{0,12}(?:报送|报名|参加|安排|组织|准时|按时)|务必|须提前|(?<![邀申聘延提])请(?:避开|勿|不要|注意)|届时|准时(?:参加|出席|参会|到场)|定于|拟于|拟定于|拟在|欢迎[^，。,;；]{0,6}报名|报名(?:截止|时间|方式|开始|通道|链接|二维码)|开始报名|即日起|限报|每校限|名额有限|敬请(?!审阅|审核|审示|阅示|批评|指正|斧正)|特此通知|特此公告|征集[^，。,;；]{0,12}(?:作品|稿件|案例|视频|论文|作品)|前报送|前报名|截止(?:日期|时间)?[:：]?\s*\d|将于|(?:的|下发)通知(?:[:：]|$)|开放报名|报名啦|扫码\s*(?:报名|登记|预约|sign)|\bsign[\s-]?up\b(?![^，。,;；\n]{0,12}(?:了|的人|人数))|先到先得|(?:另行|具体等|等候|等)通知(?=$|[^\p{Script=Han}]|[吧了啊哈呢])|\bfirst come\b/giu;
/** A sentence about what the sender will do next ("下一步拟于…再组织2场"), after what was done. */
const NEXT_STEP = /(?<=^|[。！!；;\n]\s*)(?:下一步|下步|下阶段|下一阶段|接下来|后续)[^。！!；;\n]*/gu;
/** Words of a plan of one's own, not of a request: 拟于, 将于, 定于. */
const OWN_PLAN = /^(?:拟|将于|定于)/u;
/** A count of people or things done ("学员27名", "作品9件"), before which a plan word is no call. */
const OWN_COUNT = /(?:\d+|[一二两三四五六七八九十百千]+)\s*(?:余|多)?\s*(?:人次|人|名|位|份|场|件|户|册|本)(?![\p{Script=Han}]{0,2}(?:以上|左右)?[^，。,;；]{0,4}(?:参加|报名))/u;
/** Words of a thing held or done, and of one only arranged, before a plan word that follows counts. */
const HELD_BEFORE = /完成|已|(?<!为|除)了|收到|接待|实到/u;
const ARRANGED = /安排(?!了)|计划|预计/u;
/** Opens by passing something on: 转一篇, 转发, 转：, 轉發 (转眼 is no forward). */
const FORWARDED = /^\s*(?:【\s*)?[转轉](?:[:：】]|[发發载載自给給]|一篇|一个|一下|个|篇)/u;
/** The words of an article rather than of a unit's own report: 据统计, 专家提醒, 阅读原文, an ellipsis. */
const ARTICLE = /据统计|專家提醒|专家(?:提醒|建议|表示|指出)|研究表明|据了解|记者从|(?:阅读|点击)(?:原文|全文)|……/u;
/** Words that say it was done: 举办了, 已于, 圆满结束, 实到, 共计, "作品送到县里了". */
export const DONE = /已经?(?:于|在|完成|开展|举办|组织|召开|结束|顺利)|(?:举办|开展|组织|召开|举行|进行|参加|参与|完成|发放|接待|走访|慰问|培训|来|开|办|搞|做|讲|去|到|上|请|发|看|学|交|送|递|收齐|收回|交齐|办完|搞完|做完|成立|挂牌|揭牌|授牌|建成|落成|竣工|开馆|签约)了|送到[^，,。；;！!？?\n]{1,16}了|实到|圆满|顺利(?:结束|完成|举办|召开|举行|开展)|共计|累计|共有|到场|收到|征集到|共征集|(?<![将会])结束(?!以?后|之后)/u;
/** "完赛", "结营了", "今天到白水中学啦": an event finished, when nothing in the message says it is still to come. */
const FINISHED = /完赛|结营|闭营|落幕|收官|(?:今天|今儿|今日|刚刚?|已经?)[^，,。；;！!？?\n]{0,4}(?:到|来到|走进|进)[^，,。；;！!？?\n\s]{1,12}啦/u;
export const saysFinished = (text: string): boolean => FINISHED.test(text) && !/将|即将|预计|计划|准备|打算|拟/u.test(text);

export type MessageKind = 'report' | 'not_report' | 'unsure';

/** What a message is: a report, plainly not one, or unclear (both a request and a thing done). */
export function messageKind(text: string): MessageKind {
  // "转一篇文章…【健康科普】…据统计…专家提醒": a forwarded article, whatever it says was done somewhere else.
  if (FORWARDED.test(text) && ARTICLE.test(text) && filledLines(text) < 2) return 'not_report';
  const head = HEAD.test(text) || ADDRESSED.test(text);
  // "…到会群众130余人。下一步拟于9月上旬再组织2场": the sender's own next step is no request to anyone.
  const ownPlans = [...text.matchAll(NEXT_STEP)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  // "…学员27名，…共完成参赛作品9件，将于9月20日前统一报送…": 将于/拟于 after what was done and counted is the
  // sender's own next step too.
  const counted = OWN_COUNT.exec(text);
  // Not "本期培训共安排学员60名，定于…举行": counts only arranged, with no word of a thing done before the plan word.
  const ownStep = (i: number): boolean => ownPlans.some(([a, b]) => i >= a && i < b) || (counted !== null && i > counted.index && HELD_BEFORE.test(text.slice(0, i)) && !ARRANGED.test(text.slice(0, i)));
  const asks = [...text.matchAll(ASKS)].filter((m) => !(OWN_PLAN.test(m[0]) && ownStep(m.index ?? 0))).length;
  if (!head && asks === 0) return 'report';
  // "#接龙 …请各乡镇按格式接龙\n1. 城关镇 11月3日 冬季果树修剪培训 62人": lines filled in with a day and a count
  // are the events done, whatever the call at the top asked.
  const done = DONE.test(text) || filledLines(text) >= 2;
  if (!done) return 'not_report';
  // "接到通知后，我镇于…开展了…": a report that mentions a notice; a notice with one past word is unclear.
  return head || asks >= 2 ? 'unsure' : 'report';
}

/** Lines of a list that say a day and a count ("2. 白马乡 11.6 农村电商讲座 35人"). */
function filledLines(text: string): number {
  return text.split('\n').filter((l) => /^\s*\d{1,2}\s*[.、．)）]?\s*\S/u.test(l) && /\d{1,2}\s*(?:[./月]|月份?)\s*\d{1,2}/u.test(l) && /(?:\d|[一二两三四五六七八九十百千])\s*(?:余|多)?\s*(?:人次|人|份|场|户|名)/u.test(l)).length;
}
