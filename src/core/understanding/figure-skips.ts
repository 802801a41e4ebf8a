// Numbers that are no count, told from the words before them: ordinals, idioms, titles, plans, quotas, peaks, comparisons.
import type { NumberToken } from '../text/scan-numbers.js';
import type { UnreadNumber } from './message-figures.js';
import { PEOPLE_TAIL } from './figure-unitless.js';
import { COMPARED, EACH_OF, MEETING_AFTER, PLACE_AFTER, PLACE_BEFORE, SERIES_EACH } from './figure-words.js';

/**
 * Whether `token` is no count, from the 16 characters `before` it. Sessions "各" of known parts are noted in
 * `eachTimes`; an online peak beside the room's count is noted in `unread`.
 */
export function notACount(token: NumberToken, text: string, before: string, eachTimes: Map<number, number>, unread: UnreadNumber[]): boolean {
  if (/第\s*$/u.test(before) || /届\s*$/u.test(before)) return true;
  // "晚8:30首播", "14:30开始": the minutes of a time of day, not a count.
  if (token.arabic && token.written.length === 2 && /(?:^|[^\d])(?:[01]?\d|2[0-3])\s*[:：]$/u.test(before)) return true;
  // "40 Grade 7 students", "Year 9", "Room 301", "No. 3": a number after such a word names a class or a place.
  if (token.arabic && /\b(?:grade|year|class|room|no\.?|level|unit)\s*$/iu.test(before)) return true;
  // "国道318", "G205线", "省道S301", "209国道": a road's number names the road, it counts nothing.
  if (token.arabic && (/(?:[国省县乡]道|高速|(?<![A-Za-z])[GS])\s*$/u.test(before) || /^\s*(?:[国省县乡]道|高速|线(?![上下索条路]))/u.test(text.slice(token.end, token.end + 3)))) return true;
  // "4D影院", "3D打印", "5G基站", "3F 会议室": a digit glued to one Latin letter names a thing, it counts nothing.
  if (token.arabic && /^[DdGgFf](?![A-Za-z])/u.test(text.slice(token.end, token.end + 2))) return true;
  // "参观了12309检察服务中心", "120急救指挥中心": a service line's number glued to the name of its centre names it.
  if (token.arabic && token.written.length >= 3 && /^(?![人名位个次场份件期户本张册套台块条项所家篇幅批])\p{Script=Han}{1,8}?(?:中心|热线|专线|平台|服务台|服务站|窗口|大厅|指挥部)/u.test(text.slice(token.end, token.end + 12))) return true;
  // "组织了一回防汛知识宣传", "搞了两回农民夜校": 回 before what was held is a way of saying it was held, not a count of
  // times ("前前后后讲了三回" is); nor "3回访", "2回收" where 回 starts a word.
  if (/^\s*回\p{Script=Han}/u.test(text.slice(token.end, token.end + 3))) return true;
  // "2. 东风社区…": a list's line number, not a count (the line before may end in people).
  if ((token.start === 0 || /\n[ \t　]*$/u.test(before)) && /^[.．、)）](?!\d)/u.test(text.slice(token.end, token.end + 1))) return true;
  // "报一下这周的：1.周二… 2.周四… 3.今天…": an item number inside a line, not a count.
  if (token.arabic && token.value <= 20 && /(?:^|[\s，,。;；:：])$/u.test(before) && /^[.．、)）](?=\s*\p{Script=Han})/u.test(text.slice(token.end, token.end + 8))) return true;
  // "上下午各一场", "周六日两天各办了一场": sessions each of a known number of parts are counted in all.
  const each = EACH_OF.exec(before);
  const parts = each ? partsOf(each[1] ?? '') : 0;
  if (parts > 1 && SERIES_EACH.test(text.slice(token.end, token.end + 2))) eachTimes.set(token.start, parts);
  // "一户一人", "人手一份": a rule of how many each, not a count.
  // "一户来一个人", "一家出一个": one each, a verb between (the count of households is written beside it).
  if (token.written === '一' && !eachTimes.has(token.start) && /(一[\p{Script=Han}][来出派去到]?|每|人手|各)\s*$/u.test(before)) return true;
  // "问题一个接一个", "一场又一场": an idiom of many, not a count.
  // "一家一家敲门", "一户一户走": one after another, not a count.
  if (token.written === '一' && (/^[个场次批拨轮](?:接|又|挨)一/u.test(text.slice(token.end, token.end + 4)) || /一[个场次批拨轮](?:接|又|挨)$/u.test(before) || /^([个家户村组])一\1/u.test(text.slice(token.end, token.end + 3)) || /一([个家户村组])$/u.test(before) && text.slice(token.end, token.end + 1) === before.slice(-1))) return true;
  // "不一条条报了", "一个个问过去", "一场场看": a measure word doubled after 一 is one by one, not a count.
  if (token.written === '一' && /^([条个场次件张份篇])\1/u.test(text.slice(token.end, token.end + 2))) return true;
  // "安置房三期项目部", "二期工程": a phase of a building project names it, it counts no sessions.
  if (/^期(?:项目|工程|工地|小区|厂房)/u.test(text.slice(token.end, token.end + 4)) || /^期(?:項目|工程|工地|小區|廠房)/u.test(text.slice(token.end, token.end + 4))) return true;
  // "一个是七月十号的演练，还有一个是…": the first of the things told, not a count.
  if (token.written === '一' && /^个是/u.test(text.slice(token.end, token.end + 2))) return true;
  // "…测了一百三十六人次三是上个礼拜四…": in speech without stops, 二是/三是 opening the next item of an enumeration that
  // began with 一是 (or opening the part it starts) numbers that item, it counts nothing.
  if (/^[二三四五六七八九十]$/u.test(token.written) && /^是(?:\s|\p{Script=Han})/u.test(text.slice(token.end, token.end + 2)) && (/^\s*$/u.test(before) || /(?<![统唯之第十百千万零两几一二三四五六七八九])一是/u.test(text.slice(0, token.start)))) return true;
  // "加上我跟另一位老师", "另外一个同事": another one, not a count.
  if (token.written === '一' && /另(?:外)?\s*$/u.test(before)) return true;
  // "按照县里统一部署", "唯一一所": 一 inside a word, not a count.
  if (token.written === '一' && /[统唯划逐]\s*$/u.test(before)) return true;
  // "现将近期一项工作情况报送如下", "跟您说一件事": the message's own subject, not a count.
  if (token.written === '一' && /^[项件个]\s*(?:工作|情况|事情?|活动情况|工作情况)/u.test(text.slice(token.end, token.end + 6))) return true;
  // "补报一项去年的活动：…", "跟您报一个上个月的活动": the entry the message announces, what follows is the event told.
  if (token.written === '一' && /(?:报|汇报|报送|说)(?:一下)?\s*$/u.test(before) && /^[项件个][^，,。;；:：\d\n]{0,8}?(?:活动|工作|事情?)/u.test(text.slice(token.end, token.end + 14))) return true;
  // "补报两个啊", "补报两项。其一…", "年底补报两件：": how many entries the message carries, not a figure of any event.
  // Not "制作海报5个", "黑板报3个" (报 ending a noun is no verb of reporting), nor "信息已报送3条" (what was sent, counted).
  // "先补报一条去年的。": the entries' time said after them ("去年的", "上个月的") is still the message's own count.
  if (/^(?:[一两二三四五六七八九]|[2-9])$/u.test(token.written) && /(?:补报|汇报|报一下|(?<!\p{Script=Han})报|(?<=[再先要来想我就还又给跟您你俺])报)\s*$/u.test(before) && !/(?:信息|材料|稿件|简报|数据|报表|建议|提案)[^，,。；;\n]{0,4}$/u.test(before) && /^[个项件条](?:事情?|活动|(?:去年|前年|上个?月|上周|上礼拜|年前|年底|前几天|前阵子)的)?\s*(?:[啊吧哈呀哦喔嘛：:，,。；;！!\n]|$)/u.test(text.slice(token.end, token.end + 5))) return true;
  // "腊八节", "腊八那天": the 八 of a day's name counts nothing.
  if (token.written === '八' && /腊\s*$/u.test(before)) return true;
  // "二次供水", "二次污染", "二次开发": 二次 glued to the noun it qualifies is a term (a count says 两次, an order 第二次).
  if (token.written === '二' && /^次(?![数，,。;；!！?？\s了的课活会讲培])\p{Script=Han}/u.test(text.slice(token.end, token.end + 2))) return true;
  // "都是我一个人讲的", "他一个人跑前跑后": alone, not a count.
  if (token.written === '一' && /(?:我|俺|他|她)\s*$/u.test(before) && /^个人(?![次数])/u.test(text.slice(token.end, token.end + 3))) return true;
  // "宣传单一共发了…", "鸡蛋一共…": 一共 is "in all", not one of the thing before it.
  if (token.written === '一' && /^共(?![同享建产识])/u.test(text.slice(token.end, token.end + 2))) return true;
  // "算到哪一项里头": a question of which one, not a count.
  if (token.written === '一' && /哪\s*$/u.test(before)) return true;
  // "几个人围着一台电脑看", "用一台投影仪放", "对着一块展板讲": one thing the deed was done with or at, not a count.
  if (token.written === '一' && /(?:围着|对着|守着|拿着|用|借助|通过|靠着|凭着?|挤在|坐在|站在|围在)\s*$/u.test(before)) return true;
  // "跟我一块去", "一块儿搞": together, not one 块.
  if (token.written === '一' && /^块(?:儿|去|来|走|过去|过来|参加|搞|办|干|做|看|学|听|下|上|出)/u.test(text.slice(token.end, token.end + 3))) return true;
  // "“二十四节气与农耕”科普课", "《从算盘到芯片》": a number inside a short quoted title names, not counts.
  if (insideShortQuote(text, token.start)) return true;
  // "每个乡镇一场", "每天一场": how many each, not a count.
  if (/^[一两]$/u.test(token.written) && /每[^，,。;；]{0,6}$/u.test(before)) return true;
  // "向每位参会者赠送了科普丛书一套，共28套": one each, the total written beside it.
  if (token.written === '一' && /每(?:位|人|名|个|户|家|组)[^，,。;；]{0,20}$/u.test(before)) return true;
  // "打算每个月请1次", "下一步还要…", "调查问卷预计发放600份": what is planned is not counted.
  // "后面还有两次，等都办完了再一起报": sessions still to come. (模拟人, 虚拟 are things, not 拟 "planned".)
  if (/(打算|计划|下一步|后续|以后|还要|将要|预计|(?<![模虚比])拟|准备(?:再|要|下|明|后|于|在)|(?:后面|后边|后头|之后|接下来|往后)还(?:有|剩|得))[^，,。;；]{0,12}$/u.test(before)) return true;
  // "主要集中在航天和人工智能两个展区": where things were, not a count.
  if (/(集中在|分布在|主要在)[^，,。;；]{0,12}$/u.test(before)) return true;
  // "每期二三十个孩子", "每场80人": how many a session holds, not a count (每天2名专家值守 is who served).
  // Not "每次带队老师3人" under a sheet of visits: the staff each session had are who ran every one of them.
  if (/每(?:期|场|次|班|节课?|轮)[^，,。;；]{0,4}$/u.test(before) && !/每(?:期|场|次|班|节课?|轮)(?:都|各|均)?(?:带队|随队|指导|辅导)?(?:老师|教师|志愿者|专家|医生|医护|护士|工作人员|讲解员|讲师|技术员)$/u.test(before)) return true;
  // "每天上午练3小时", "每周两个课时": how long each day or week ran, not a count.
  if (/每(?:天|日|晚|周|星期|礼拜)[^，,。;；]{0,6}$/u.test(before) && /^\s*(?:个)?(?:小时|钟头|分钟|课时|学时)/u.test(text.slice(token.end, token.end + 4))) return true;
  // "抢修电话二十四小时有人", "24小时值守": round the clock, said of a service always there, not hours counted.
  if (token.value === 24 && /^\s*(?:个)?(?:小时|钟头)\s*(?:都|全天)?(?:有人|值班|值守|在线|待命|开机|畅通|服务|响应|不间断|不打烊|营业|接听|热线)/u.test(text.slice(token.end, token.end + 10))) return true;
  // "会员从年初的四百多人发展到五百多人": a body's growth, not who came to something.
  if (/(?:发展|增加|增长|提高|提升|扩大|上升|下降|减少)(?:到|至)\s*$/u.test(before) || (/(?:从|由)[^，,。;；]{0,8}$/u.test(before) && /^[^，,。;；]{0,8}(?:发展|增加|增长|提高|提升|扩大|上升|下降|减少)(?:到|至)/u.test(text.slice(token.end, token.end + 16)))) return true;
  // "（4号到6号）…，4号人最多": a day of the span compared with the others, not a count of 号人.
  if (token.arabic && token.value >= 1 && token.value <= 31 && /^号\s*(?:那天|当天)?\s*人?\s*(?:最|比较|特别|更)(?:多|少|挤|旺)/u.test(text.slice(token.end, token.end + 8))) return true;
  // "零部件": 零 is not a count of nothing.
  if (token.written === '零') return true;
  // "单日最高3412人次", "平均每场80人": a detail of a total, not another count.
  // "馆里人最多，一天进了4100多人次" is the day's count; "单日最高是10月3号，3412人次" is a detail.
  if (/(最高|最多|最少|平均|日均|峰值|单日)(?:[^，,。;；]{0,14}|[^，,。;；]{0,12}[，,]\s*(?:达到?|为|是|有)?\s*)$/u.test(before)) {
    // "B站直播同时在线最高1300多": an online audience's peak, kept as the online figure beside the room's.
    if (/(在线|线上|直播)/u.test(clauseBefore(before)) && token.value >= 10) return false;
    return true;
  }
  // "讲了2008年、2021年两次地震的经过": how many the years just named are, history told, not a count of the event's.
  const years = /(?:\d{4}\s*年)(?:\s*(?:、|和|及|与|跟)\s*\d{4}\s*年)+\s*$/u.exec(before);
  if (years && (years[0].match(/\d{4}/gu)?.length ?? 0) === token.value) return true;
  // "元旦三天占了3000出头": a part of a total already counted, not a second figure.
  if (/占(?:了|去了?)?\s*$/u.test(before)) return true;
  // "全年10所学校任务完成", "今年 target 10 所 achieved": the year's task, not a count of what was done.
  if (/(全年|年度任务|目标|\b(?:target|goal|kpi)\b)\s*$/iu.test(before)) return true;
  // "有“走访慰问科技工作者不少于30人次”的任务", "至少50户的目标": a quota set for the year, not a count of what was done.
  if (/(?:不少于|不低于|不得少于|不少於|至少|力争)\s*$/u.test(before) && /^[^，,。;；\n\d]{0,4}?[”"」』]?\s*的?(?:任务|目标|指标|要求)/u.test(text.slice(token.end, token.end + 14))) return true;
  // "较去年同期的25人次", "比去年春节多了三千来人次", "同比增加30人次", "目标是2000份": what it is compared with.
  if (COMPARED.test(clauseBefore(before))) return true;
  return false;
}

/** Whether `at` is inside a “…” or 《…》 of at most 16 characters (a title), looking 16 characters each way. */
function insideShortQuote(text: string, at: number): boolean {
  const left = text.slice(Math.max(0, at - 16), at);
  const open = Math.max(left.lastIndexOf('“'), left.lastIndexOf('《'));
  if (open < 0 || /[”》]/u.test(left.slice(open))) return false;
  const close = left[open] === '“' ? '”' : '》';
  const right = text.slice(at, at + 16);
  return right.includes(close) && (left.length - open) + right.indexOf(close) <= 17;
}

/** How many parts "上下午", "周六日两天", "三个村" name. */
function partsOf(words: string): number {
  if (/^(上下午|上午|早晚|周六)/u.test(words)) return 2;
  return '零一二三四五六七八九十'.indexOf(words.replace(/^两/u, '二')[0] ?? '');
}

/** The words of the clause just before a number: back to the last comma or full stop. */
export function clauseBefore(raw: string): string {
  // "应到学生 520": a Chinese clause may end in a space before its number.
  // "应到人数：40": the label of a form field is the clause.
  // "评委（含校外评委）：11人": a label that ends in brackets is a label too.
  // "志愿者 | 32名": a two-cell table row's first cell is the label of its number.
  const unlabelled = raw.replace(/([\p{Script=Han}）)])\s*[:：]\s*$/u, '$1').replace(/(?<=(?:^|\n)[^\S\n]*[^|｜\n]*\p{Script=Han})[^\S\n]*[|｜][^\S\n]*((?:约|近|大约|共|共计|合计|累计|超过)?)[^\S\n]*$/u, '$1');
  const before = /\p{Script=Han}\s+$/u.test(unlabelled) ? unlabelled.replace(/\s+$/u, '') : unlabelled;
  let k = before.length;
  while (k > 0 && !'，,。;；、!！?？\n :：'.includes(before[k - 1] ?? '')) k--;
  // "参会工程师、技术员共38人": people listed with 、 are one clause.
  while (k > 1 && before[k - 1] === '、' && PEOPLE_TAIL.test(before.slice(0, k - 1))) {
    k--;
    while (k > 0 && !'，,。;；、!！?？\n :：'.includes(before[k - 1] ?? '')) k--;
  }
  const clause = before.slice(k).replace(/[:：]\s*$/u, '').trim();
  // An English clause runs across spaces ("handed out 300"); a Chinese one stops at them.
  return clause === '' && /[a-z]\s+$/u.test(before) ? (/([a-z]+(?:\s+[a-z]+)?)\s+$/u.exec(before)?.[1] ?? '') : clause;
}

/**
 * Whether a count read with its unit is still no figure of the event: a difference between occasions, places
 * offered, a team's place, a meeting's number, a deputy, an event named as one, a span of time, an idiom.
 * `end` is where the unit ends.
 */
/** A stand, desk or booth the event was run from. */
const STAND_WORDS = '(?:咨询|宣传|服务|义诊|展示)(?:台|点|桌|摊|摊位)|摊位|展位|展台|帐篷';
const SINGLE_STAND = new RegExp(`^(?:${STAND_WORDS})`, 'u');
const STAND_END = new RegExp(`(?:${STAND_WORDS})\\s*$`, 'u');

export function notAFigureOf(token: NumberToken, unit: string, text: string, before: string, clause: string, end: number): boolean {
  // "…来了三十八个，就这俩", "就这两个": the closing words count the events told, no figure of any.
  if (unit === '个' && /(?:^|[，,。;；\s])(?:就|就是|只有|一共就)?这\s*$/u.test(before) && token.value <= 5 && /^(?:个)?\s*(?:了|啦|吧|哈|啊)?\s*(?:[，,。;；!！~～\s]|$)/u.test(text.slice(token.end, token.end + 4).replace(/^个/u, ''))) return true;
  // "比第二期多了二十来个", "比上回少了十几人": a difference between occasions, not a figure of this one.
  if (/(?:比|较)[^，,。;；!！?？\s]{0,10}?(?:多|少|增加|减少)了?\s*(?:约|大概|大约|差不多|将近)?\s*$/u.test(clause)) return true;
  // "只放了60个名额": places offered, not who came nor a count of anything done.
  if (unit === '个' && (/^名额/u.test(text.slice(end, end + 2)) || /名额\s*$/u.test(clause))) return true;
  if ((unit === '组' || unit === '队') && PLACE_BEFORE.test(before) && PLACE_AFTER.test(text.slice(end, end + 3))) return true;
  if (unit === '组' && numberedGroupPlace(token, text, before, end)) return true;
  if (unit === '次' && (MEETING_AFTER.test(text.slice(end, end + 6)) || /届\s*$/u.test(before))) return true;
  // "电脑重启了三次", "路由器断了两次": how often a machine failed or was reset, a mishap, not a count of anything done.
  if (unit === '次' && /(?:重启|死机|断网|断电|停电|掉线|跳闸|卡死|崩溃|黑屏|蓝屏|闪退|宕机|坏)了?\s*(?:又)?$/u.test(before)) return true;
  // "副主任", "副会长": a deputy, not a pair.
  if (unit === '副' && /^[主部会局书县镇乡校院馆秘理处科所站组队团社总]/u.test(text.slice(end, end + 1))) return true;
  if (unit === '家' && token.written === '一' && /是\s*$/u.test(before)) return true;
  // "又在龙潭村搞了一场 跟上回一样": the event itself, nothing counted after it.
  if (unit === '场' && token.written === '一' && /(?:搞|办|弄|开|来)了\s*$/u.test(before) && /^(?:\s*$|\s+(?:跟|和|同|也|又|还|就|都))/u.test(text.slice(end, end + 4))) return true;
  // "上了一节科学课": the lesson is the event itself, not a count of lessons (三节课 is one).
  // "上了一节“显微镜下的细胞”科普公开课": a quoted title before 课 is its name.
  // "上了一节 adaptive PE 适应性体育课": English words of the lesson's name before it, the same.
  if (unit === '节' && token.value === 1 && /^(?:[“"「《][^”"」》\n]{1,24}[”"」》])?(?:\s*[A-Za-z][A-Za-z-]*(?![A-Za-z-])){0,4}[^，,。;；\n]{0,12}?课/u.test(text.slice(end, end + 44))) return true;
  // "来的都是当家人，一户一个，共六十八户": one from each household is a rule of who came, no household counted.
  if ((unit === '户' || unit === '家') && token.value === 1 && /^\s*[一1]\s*(?:个|人|名|位)/u.test(text.slice(end, end + 4))) return true;
  // "又去各班讲了一节地震小常识": one lesson given is the event itself, whatever it is called.
  if (unit === '节' && token.value === 1 && /(?:讲|上|教)了\s*$/u.test(before)) return true;
  if (unit === '个' && /^(月|小时|钟头|工作日|星期|礼拜|季度)/u.test(text.slice(end, end + 3))) return true;
  // "今天连跑三个点", "三个点加起来接待…": the sites of the events told of, not a count of their own.
  // "在十字街、汽车站3个点位设立宣传点": sites where stands were set up, the deed right after them, are counted.
  // "参观了科技馆、茶园和高铁站3个点": places named in a list right before their count are places reached, counted.
  // "去排查隐患点 跑了七八个点", "现场测产3个点位": points inspected or measured are the work's own count, kept.
  if (unit === '个' && /^点(?![子心评赞名位])/u.test(text.slice(end, end + 2)) && !/(?:排查|检查|巡查|巡检|查看|核查|测产|检测|监测|采样|取样)[^，,。;；\n\d]{0,10}$/u.test(text.slice(Math.max(0, token.start - 16), token.start)) && !/(?:设|设置|增设|摆|布)了?\s*$/u.test(clause) && !/\p{Script=Han}{2,}、(?:\p{Script=Han}{2,}、)*\p{Script=Han}{1,}(?:和|及|与|跟)\p{Script=Han}{2,}\s*$/u.test(before) && !/^点位?\s*(?:上|各)?\s*(?:设|摆|布|开设|搭)/u.test(text.slice(end, end + 6))) return true;
  // "3单元", "两单位": a flat's block or a word, no orders.
  if (unit === '单' && /^[位元词据独项]/u.test(text.slice(end, end + 1))) return true;
  // "一部分去广场", "另一部分留馆": 一部分 is "a part", a word, not one 部.
  if (unit === '部' && /^分/u.test(text.slice(end, end + 1))) return true;
  // "小结补一条：…", "再报一项：…": the message's own entry announced, what follows is the event told.
  // "报两个😊", "补两个\n", "报一下两件事：": the message's own count of the events it goes on to tell.
  if (/^[个件条项]$/u.test(unit) && /(?<![上申填预举通情简海板画周月日电快年季旬公])(?:报|补|补报|汇报|说)(?:一下)?\s*$/u.test(before) && /^[\s\p{Extended_Pictographic}\uFE0F\u200D!！~～]*(?:事|活动)?(?:啊|哈|呀|吧|哦)?[\s\p{Extended_Pictographic}\uFE0F\u200D!！~～]*(?:[:：,，。\n]|$|第一|一个是|一是|①)/u.test(text.slice(end, end + 8))) return true;
  // "补报一条 🙏 12/30 …": an emoji or the event's date right after it, the same.
  if (/^[条项件]$/u.test(unit) && token.value === 1 && (/^\s*[:：]/u.test(text.slice(end, end + 2)) || /(?:补|补报|补充|追加|再报|再说|加)\s*$/u.test(before) && /^[\s\p{Extended_Pictographic}\uFE0F\u200D!！~～]*(?:[:：,，。\n]|\d|$)/u.test(text.slice(end, end + 8)))) return true;
  // Rounds are counted where the count ends its clause ("演练搞了两轮 讲座一场", "现场教学4轮，"); not "搞了一轮技术骨干分享"
  // (the event itself), "初一到初三轮流去看" (轮流), "开三轮的", "两轮电动车" (a vehicle).
  if (unit === '轮' && (/^\p{Script=Han}/u.test(text.slice(end, end + 1).replace(/^[了吧啊呀哈]/u, ' ')) || /(?:开|骑|坐|蹬|买了?)\s*$/u.test(before))) return true;
  // "开展了两项工作：一是…二是…", "摊位上两项活动：…": 项 of 工作 or 活动 counts the events the message tells, each its own
  // record or part; no figure of any of them ("展出科技成果30项" is a figure).
  if (unit === '项' && /^\s*(?:主要|重点|具体|科普|宣传|主题)?(?:工作|活动|内容|任务)/u.test(text.slice(end, end + 6))) return true;
  // "设咨询台1个", "摆了一个摊位": one stand set up is where the event was held, no figure (two stands are counted).
  if (token.value === 1 && /^[个处张顶]$/u.test(unit) && (SINGLE_STAND.test(text.slice(end, end + 4)) || STAND_END.test(clause))) return true;
  // "出了一份力", "尽一份心": an idiom, not copies.
  if (unit === '份' && token.written === '一' && /^[力心]/u.test(text.slice(end, end + 1))) return true;
  return false;
}

/**
 * A 村民小组 or a named team (组) as a place, not a count of groups: "在六组七组走了一圈" (numbered groups in a row),
 * "示範工程二組開了個現場會" (a number right after a name), "在5个组搞了健康义诊" (where a deed was done);
 * groups counted ("分成5个组", "28组家庭") keep theirs. `end` is where 组 ends.
 */
function numberedGroupPlace(token: NumberToken, text: string, before: string, end: number): boolean {
  const after = text.slice(end, end + 6);
  if (/^\s*(?:家庭|亲子|选手|队员|学生|同学|孩子|人|成员)/u.test(after)) return false;
  const bare = text.slice(token.end, token.end + 1) === '组' || text.slice(token.end, token.end + 1) === '組';
  if (bare && /^[、和与及]?[〇零一二两三四五六七八九十\d]{1,3}[组組]/u.test(after)) return true;
  if (bare && /[〇零一二两三四五六七八九十\d]{1,3}[组組][、和与及]?$/u.test(before)) return true;
  if (bare && /(?:村|社区|屯|寨|工程|项目|基地|[\p{Script=Han}]{2}[”"])\s*$/u.test(before)) return true;
  return PLACE_BEFORE.test(before) && /^\s*(?:搞|开|办|讲|走|宣传|义诊|举办|开展|组织)/u.test(after);
}
