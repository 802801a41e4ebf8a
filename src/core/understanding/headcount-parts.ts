// Counts of people that are a part of another count of the same event, not a figure or an audience of their own:
// who tried something there or a screening found, what follows a total's 其中, a run of counts adding up to the total.
import type { Figure } from './message-figures.js';

/** Tried or handled something at the event, or found by its screening (a part of who came): "上手体验编程的有", "40 people tried it", "筛出高危42人". */
const TRIED = /(?:上手|动手|亲手)(?:体验|操作|试)|实操|试用|试了|(?<!\S)tried\b|hands-on|筛出|筛查出|查出|检出/u;

/** Served one by one at the event (a part of who came): "顺便给32个人量了血压", "12位老人当场装上了反诈APP". */
const SERVED_AFTER = /^[^，,。;；!！?？\s]{0,12}?(?:量了?|测了?|查了?|检查了?|体检|看了?病|义诊|理了?发|装上了?|安装了?|下载了?|注册了?)/u;
const served = (f: Figure): boolean => (/给\s*$/u.test(f.context) && SERVED_AFTER.test(f.after)) || /^[^，,。;；!！?？\s]{0,12}?(?:当场|现场)[^，,。;；!！?？\s]{0,8}?(?:装上|安装|下载|注册)/u.test(f.after);
/** "帮助", "为", "给" right before the people a service was given to. */
const HELPED = /(?:帮助|帮|为|给|替)\s*$/u;

/** The figures of people that are parts of a larger count of who came (none when there is no such count). */
export function triedParts(people: readonly Figure[]): Figure[] {
  // "residents ~150 came, 灭火器实操 40 people tried it", "现场上手体验编程的有86人": who tried something at the event
  // are a part of who came, no audience of their own and no figure.
  // Not "全校师生1100多，真正上手体验的大概400来个孩子": a whole school is who could have come, and who tried are who took part.
  const cameAll = (g: Figure): boolean => /来|到|参加|参与|接待|came|attended|visited|showed up/u.test(`${g.context.slice(-10)}|${g.after.slice(0, 10)}`) && !/全校|全体|全县|全镇|全村|所有|整个/u.test(g.context);
  // "现场咨询群众260余人，…帮助85名群众下载APP", "到场的老年朋友有八十多位…护士为六十余位老人免费测量了血压": those a
  // service was given to, written after a larger count of who came, are a part of them; "服务村民八十多人，还为十几位
  // 高血压老人建立了健康档案": those given a file, after a count of who was served, too.
  const helped = (f: Figure): boolean => HELPED.test(f.context.slice(-8)) && /^\p{Script=Han}{0,10}?(?:免费)?(?:测|量|查|检|下载|安装|开通|注册|办理|体验|义诊|诊|建档|建立[^，,。;；\d]{0,6}?档案)/u.test(f.after.replace(/^[^\p{Script=Han}]*/u, '').replace(/^(?:群众|居民|村民|老人|市民|学生|孩子|人)/u, '')) && people.some((g) => g !== f && g.index < f.index && g.unit === f.unit && g.value > f.value && !HELPED.test(g.context.slice(-8)) && (/来|到|参加|参与|接待|现场|咨询|听|服务/u.test(g.context.slice(-10)) || /服务[^，,。;；]{0,10}$/u.test((g.lead ?? g.context).slice(-14))));
  const given = people.filter(helped);
  if (given.length > 0) return given;
  return people.filter((f) => (TRIED.test(`${f.context.slice(-14)}|${f.after.slice(0, 10)}`) || served(f)) && people.some((g) => g !== f && (g.unit === f.unit || (f.unit === '人' && g.unit === '人次')) && g.value > f.value && cameAll(g) && !TRIED.test(`${g.context.slice(-10)}|${g.after.slice(0, 10)}`)));
}

/** The words of a figure's own clause before it. */
const clauseOf = (f: Figure): string => (f.lead ?? f.context).replace(/^[\s\S]*[，,。;；!！?？\n]/u, '');
/**
 * A deed some of who came did there, named right before their count ("当天献血", "现场签名承诺", "指导下载APP 的"), not
 * coming or taking part; not "来献血的群众" (the people named after the deed are who came).
 */
const DEED = /(?:献血|献成|签名|签字|承诺|下载|安装|注册|登记|补种|接种|扫码)([^，,。;；!！?？\d]{0,14})$/u;
const PEOPLE_AFTER_DEED = /群众|居民|村民|市民|游客|学生|老人|家长|人员|人们|朋友/u;
const deed = (f: Figure): boolean => {
  const m = DEED.exec(clauseOf(f));
  // "其中现场扫码关注150人": a 其中 part is no figure of its own (chooseHeadcount drops it).
  return m !== null && !PEOPLE_AFTER_DEED.test(m[1] ?? '') && !/其中|包括/u.test(clauseOf(f));
};

/**
 * "现场互动群众约300人…当天献血81人", "群众约800人…签名承诺526人": who did a deed of their own at the event, written
 * after a larger count of who came, are some of them: a figure of their own, no second audience.
 */
export function deedParts(people: readonly Figure[]): Figure[] {
  return people.filter((f) => deed(f) && people.some((g) => g !== f && g.index < f.index && g.value > f.value && (g.unit === f.unit || (f.unit === '人' && g.unit === '人次')) && !deed(g)));
}

/** Won a prize or went through a round ("获奖学生", "获一等奖的", "晋级决赛的"): a part of who competed. */
const AWARDED = /(?:获奖|得奖|获[一二三特等金银铜优][^，,。;；\d]{0,3}奖|入围|晋级|入选)[^，,。;；\d]{0,6}$/u;

/**
 * "参展学生164名…获奖学生38名": who won a prize are among who took part, no audience of their own and no figure;
 * only beside a larger count of the same unit that is no prize count itself.
 */
export function awardedParts(people: readonly Figure[]): Figure[] {
  return people.filter((f) => AWARDED.test(f.context.slice(-10)) && people.some((g) => g !== f && (g.unit === f.unit || (f.unit === '人' && g.unit === '人次')) && g.value > f.value && !AWARDED.test(g.context.slice(-10))));
}

/** Passed or finished something ("考核合格", "考试通过的", "结业", "取得证书"): an outcome of some of who took part. */
// "结业七十六个", "当场谈成意向的有三十来个": who finished the course, or reached an agreement, are some of who came.
// "自愿上车献血的", "现场补种了": who gave blood or were vaccinated at a talk or a 宣传日, some of those who came.
// "评出一等奖2人", "评选出技术能手5名": who were judged best at a contest, some of who competed.
const OUTCOME = /(?:考核|考试|测试|测评|结业考核)?(?:合格|通过|及格|达标)(?:的)?(?:学员|人员|人)?\s*$|(?:取得|获得|拿到|领取)(?:了)?[^，,。;；\d]{0,6}?(?:证书|证)(?:的)?\s*$|(?:顺利)?(?:结业|毕业|录用|录取)(?:了)?(?:的)?(?:有|是)?\s*$|(?:谈成|达成|签订|签了)[^，,。;；\d]{0,4}?的(?:有|是)?\s*$|(?:献血|献了血|补种|接种|打了疫苗)(?:了)?(?:的)?(?:有|是)?\s*$|(?:评出|评选出|评上)(?:了)?[^，,。;；\d]{0,6}?(?:奖|能手|标兵|先进|优秀)(?:的)?(?:有|是|共)?\s*$/u;
/** "十二个小年轻现场登记了造血干细胞", "二十个孩子当场补种": the outcome told right after the people counted. */
const OUTCOME_AFTER = /^[^，,。;；!！?？\d]{0,5}?(?:现场|当场|顺便|还)?(?:登记了?(?!参加|报名)|补种|接种)/u;
/** Whether a figure of people counts those with an outcome at the event, not those who came. */
// Not "实际坚持学完全部课时并结业的有39名": who actually came through the course are who took part (see roleOf).
export const outcomeOf = (f: Figure): boolean => (OUTCOME.test(f.context.slice(-12)) && !/实际[^，,。;；\d]{0,14}(?:结业|毕业)[^，,。;；\d]{0,4}$/u.test(f.context)) || OUTCOME_AFTER.test(f.after);

/**
 * "参训58人，考核合格51人": who passed are some of who took part, no second audience; kept as a figure of their
 * outcome (人(考核合格)). Only beside a larger count of the same unit that is no outcome itself.
 */
export function outcomeParts(people: readonly Figure[]): Figure[] {
  // "血型检测体验156人次…当场献血31人": who came counted in 人次, those with an outcome by head.
  return people.filter((f) => outcomeOf(f) && people.some((g) => g !== f && (g.unit === f.unit || (f.unit === '人' && g.unit === '人次')) && g.value > f.value && g.index < f.index && !outcomeOf(g)));
}

/** Whether a figure after the total stands in the sentence of a 其中 (包括) written after that total. */
export function partAfter(f: Figure, total: Figure): boolean {
  if (f.index <= total.index || f.lead === undefined) return false;
  const sentence = f.lead.replace(/^[\s\S]*[。！!？?；;\n]/u, '');
  const at = sentence.search(/其中|包括/u);
  return at >= 0 && f.index - sentence.length + at > total.index;
}

/** A run of two or more figures (of people, or of one unit of things), side by side in the order written, that adds up exactly to the total. */
export function partsSummingTo(total: Figure, others: readonly Figure[]): Set<Figure> {
  const run = others.filter((f) => f.value < total.value && (f.unit === total.unit || f.unit === '人')).sort((a, b) => a.index - b.index);
  for (let i = 0; i < run.length; i++) {
    let sum = 0;
    for (let j = i; j < run.length; j++) {
      sum += run[j]!.value;
      if (sum === total.value && j > i) return new Set(run.slice(i, j + 1));
      if (sum > total.value) break;
    }
  }
  return new Set();
}
