// Follow-ups on the records a conversation just made: corrections in words, 补充, 删掉, 撤销更正, a reply in a thread.
import { describeChanges } from '../activities/describe-changes.js';
import { askWhich, findTarget, matchesWords, type CorrectionScope } from '../activities/find-target.js';
import type { Activity } from '../activities/activity-schema.js';
import { describeActivity, itemLabel } from '../activities/record-activity.js';
import type { RequestContext } from '../context.js';
import type { Kexie } from '../kexie.js';
import { normalizeText } from '../text/normalize.js';
import { NOT_ITEMS, readBareValue, readCorrection, readFigureClause, type Correction, type CorrectionRef } from '../understanding/read-correction.js';
import { GREETING } from '../understanding/correction-words.js';
import { findFigures, type Figure } from '../understanding/message-figures.js';
import { roleLabel } from '../understanding/people-label.js';
import { nominalised } from '../understanding/figure-gate.js';
import type { Session } from './conversation-session.js';
import type { Reply } from './handle-message.js';
import { undoneReply } from './render-log.js';
import { readCategoryCorrection } from '../stats/read-category-correction.js';

/**
 * One clause that asks to delete, with the words naming the record around the verb ("城南社区那条撤回"); "撤回一下": 一下
 * softens the verb, it names nothing (nor 下 alone, not the 下 of "删掉下午那条").
 */
const DELETE = /^(?<words1>.{0,20}?)(?:删掉|删除|删了|删去|删一下|删下|删(?=一[条个场次项])|去掉|撤掉|作废|不算(?!\p{Script=Han}{2,}?的)|不要了|不用记了?|撤回|撤销(?!更正|修改)|不要这条)(?:一下|下(?!\p{Script=Han})|下(?=[吧了啦])|吧|了|掉|它|啦)*(?<words2>.{0,12}?)(?:吧|了)?$/u;
const EN_DELETE = /^(?:pls|please|plz)?\s*(?:delete|remove|drop|cancel|scrap)\b\s*(?<words>.*)$/u;
const ADD = /^(?<words>[\p{Script=Han}\d]{0,12}?)(?<pointer>那条|这条|那场|这场|那次|那天|那个|这个)?\s*(?:补充|补充一下|补充下|再补充|另外|还有|追加|补一下|补记|(?<num>补(?:一|几)?个数(?:字|据)?)|(?<one>补一个|补一句|补个)|(?<forgot>忘了说|忘说了|漏说了|忘了讲|忘讲了|忘了提|漏了一句|忘了报|忘报了|漏报了|忘了写|漏写了))\s*[:：,，]?\s*(?:一下)?\s*[:：,，]?\s*(?:另外)?\s*(?:还|又|也)?(?<body>.+)$/u;
/** "…，补充一下", "…，补充下哈": a word of adding that closes the message, after what it adds. */
// "…，补上", "…，帮忙加上": the same word said as putting the figure in.
const TRAILING_ADD = /[,，。；;\s]+(?:再)?(?:补充|补记|追加|(?:帮忙|麻烦)?(?:补上|补进去|加上|添上|加进去))(?:一下|下)?(?:吧|哈|啊|呀)?[。!！~～\s]*$/u;
/**
 * "李医生那场还发了资料400份": a record named and pointed at (那场, 那次), then 还 and what else was done there, adds to that
 * record as "补充：…" would; a new event is not told by pointing at one already said.
 */
const POINTED_MORE = /^[\p{Script=Han}\d]{1,12}?(?:那场|那次)(?:活动|讲座|培训)?[,，]?\s*(?:另外)?还(?:发|发放|送|赠|给|有|做|测|检|义诊|放)/u;
/** "不对", "写错了", "有误": words that say a record is wrong. */
const SAYS_WRONG = /不对|错了|有误|写错|报错|弄错|搞错|记错|填错/u;
/** "有一条重复了", "删掉一条", "其中一场": one record of several, not named; a delete never guesses which. */
const ONE_OF = /(?:有|其中(?:有)?|某)一?[条个场次项]|(?:删|去|撤|作废|重复|多报|记重|报重)[掉了报记除去]{0,3}一[条个场次项]/u;
/** "其中一个不是我们办的": what follows "one of them" says why, up to the next space; it names nothing. */
const ONE_OF_ON = new RegExp(`(?:${ONE_OF.source})\\S*`, 'u');
/** Why it goes ("之前已经报过了", "记重了") and who asks ("帮我"): no part of the record's name. */
const NOT_NAME = /(?:之前|上周|前几天|前面|早就|早)?(?:已经)?(?:报过|重复|记重|报重|多报|多记)(?:了|的)?|帮我|帮忙|麻烦|给我|^请|^一[条个场次项]|[吧啊呀哈](?=\s|$)/gu;
const ORDINAL = /第([一二三四五六七八九十\d]{1,2})(?:条|个|场|项)/u;
const NUMERALS = '一二三四五六七八九十';

/** "第二条" → 1, and the words that name the record without it. */
function refOf(words: string): CorrectionRef {
  const ref: CorrectionRef = {};
  const ord = ORDINAL.exec(words);
  if (ord?.[1]) {
    const n = /\d/.test(ord[1]) ? Number(ord[1]) : NUMERALS.indexOf(ord[1]) + 1;
    if (n >= 1) ref.ordinal = n - 1;
  }
  const rest = words.replace(ORDINAL, '').replace(/^(把|将|给我)/u, '').replace(/(那条|这条|那场|这场|那个|这个|的)$/u, '').trim();
  if (rest.length >= 2 && !/^(刚才|刚刚|上一条|这条|那条|最后一条|它)$/u.test(rest)) ref.words = rest;
  return ref;
}

/** The reply to a follow-up on a record, or undefined when the message is not one. */
export async function tryFollowUp(kexie: Kexie, ctx: RequestContext, session: Session, text: string): Promise<Reply | undefined> {
  // "btw 补充一下, …": an English aside before the follow-up says nothing of it.
  const simple = normalizeText(text).trim().replace(GREETING, '').replace(/^(?:btw|by the way|oh|ok|also|and|so)\b\s*[,，]?\s*/iu, '');
  // A pasted list or a long message is a report or a question, never a follow-up on one record.
  if (/\n/u.test(simple) || simple.length > 120) return undefined;
  // "这条算竞赛", "这条不算讲座": the statistical category, before 不算 could read as "delete it".
  const category = readCategoryCorrection(simple);
  if (category) return correctionReply(kexie, ctx, session, category);
  // The clause that asks to delete; the others give the reason ("删掉，这个活动团县委统一报了").
  const clauses = simple.split(/[,，。；;!！]/u).map((c) => c.trim()).filter(Boolean);
  // "这条不算科普日的" unlinks the record from that item (read below as a correction); it deletes nothing.
  const delClause = clauses.length <= 4 ? clauses.map((c) => (NOT_ITEMS.test(c) ? null : (DELETE.exec(c) ?? EN_DELETE.exec(c)))).find((m) => m !== null) : undefined;
  if (delClause && !/(撤销更正|撤回更正)/u.test(simple)) {
    const g = delClause.groups ?? {};
    const words = `${g.words1 ?? ''}${g.words2 ?? ''}${g.words ?? ''}`.replace(/\b(the|last|latest|one|it|that|this|record|entry|pls|please)\b/gu, '').trim();
    const ref = refOf(words.replace(ONE_OF_ON, ' ').replace(NOT_NAME, ' ').replace(/\s+/gu, ' ').trim());
    if (ONE_OF.test(simple) && ref.words === undefined && ref.ordinal === undefined) ref.unnamed = true;
    const found = await findTarget({ store: kexie.deps.storeFor(ctx.workspace), observances: kexie.deps.observances }, ctx, { ref }, await session.scope());
    if (!found.ok) return { text: found.message, kind: 'error' };
    const a = await kexie.undo(ctx, found.activity.id);
    return undoneReply(a);
  }
  if (/^(撤销更正|撤销修改|撤回更正|撤回修改|改回去|恢复原样|undo edit|undo the (?:last )?(?:correction|change|edit))\s*([,，。!！].*)?$/iu.test(simple)) {
    const scope = await session.scope();
    const among = scope.thread ?? (scope.records.length > 0 ? scope.records : undefined);
    const { activity, reverted } = await kexie.revertEdit(ctx, undefined, among);
    return { text: `已撤销对 ${activity.id} 的上一次更正：${reverted}\n${await described(kexie, ctx, activity)}`, kind: 'activity', activityId: activity.id };
  }
  // "减灾日那场还发了手册520本，补充一下": the word of adding said last leads as it would said first.
  const trailing = TRAILING_ADD.exec(simple);
  const addText = trailing && trailing.index > 0 ? `补充：${simple.slice(0, trailing.index)}` : POINTED_MORE.test(simple) ? `补充：${simple}` : simple;
  const add = ADD.exec(addText);
  // "8号白马乡那场补充一下": a day may name the record, when 那场 or the like points at it ("5号还有一场" is a report).
  // "补充 for 巡展那条：…", "补充 re 讲座那条": an English word of reference before the name is no part of it.
  const told = add?.groups?.body?.replace(/^(?:for|re|about|on|to)\s+(?=\p{Script=Han})/iu, '');
  // "86人那个讲座补充一下": words that point with 那个 inside them ("<figure>那个<kind>") name a record as well.
  if (add && told && (!/\d/u.test(add.groups?.words ?? '') || add.groups?.pointer || /(?:那|这)(?:个|条|场|次)/u.test(add.groups?.words ?? ''))) {
    // "补充一下进校园那条：一共做了…": the record may be named after the word too.
    // "补充：城关镇防诈骗那场还发放了…": also with no separator after 那场; "赶集那天还发了…", "18号讲座当天还发了…": the day of that event.
    // "robot workshop 那天还发了…": English words may name it too.
    // "补充一下主场活动的数据：…": a name and a colon (with 的数据 or the like) name the record too.
    // "补充一下昨天下乡的，…": a record named, then 的 and a comma; what follows is what it adds.
    const after = /^([\p{Script=Han}\d]{1,12}?|[a-z][a-z\d ]{1,24}?)\s*(?:那条|这条|那场|这场|那次|那天|当天)\s*[:：,，]?\s*(.+)$/iu.exec(told) ??
      (add.groups?.words || add.groups?.pointer ? null : /^((?![\p{Script=Han}]*(?:一个|几个|一点|一下|下))[\p{Script=Han}]{2,12}?)(?:的)?(?:数据|情况|信息|数字|内容)?\s*[:：]\s*(.+)$/iu.exec(told) ?? namedThen(/^((?!一下|下|一个|一点)[\p{Script=Han}\d]{2,12}?)的\s*[,，]\s*(.+)$/u.exec(told)));
    // 补充 or "那场/那条" points at a record already made: a name that matches none is asked about, never a new record.
    // "补一个，白马赶集那天还发了…": 补一个 adds to a record only when one is pointed at; else it may be a new report.
    const pointed = after !== null || /(那条|这条|那场|这场|那次)/u.test(addText) || Boolean(add.groups?.pointer) || /^(补充|补记|追加|再补充)/u.test(addText);
    // "补充：主场活动同步直播了，线上观看…": a first clause that opens on an earlier record's name names that record.
    const lead = after === null && !add.groups?.words && !add.groups?.pointer ? ((await leadName(told, await session.scope(), ctx.today)) ?? (await openingName(told, await session.scope(), ctx.today))) : undefined;
    // "忘了说，讲座其实分两场…" may as well open a new report ("忘了说，昨天还去了…"): it adds to a record only in that
    // record's thread, or when its words name one.
    // "义诊那次忘了报，…": the words before it, pointed at with 那次, name one too.
    const forgotFor = add.groups?.forgot && after === null && lead === undefined && !(add.groups?.words && add.groups?.pointer) ? ((await session.scope()).thread?.length ?? 0) > 0 : true;
    // "补个数，这次服务农户48户": a figure for a record the conversation knows; with none known it may be a report.
    const known = add.groups?.num ? (await session.scope()).records.length > 0 || ((await session.scope()).thread?.length ?? 0) > 0 : true;
    const added = (add.groups?.one && after === null) || !forgotFor || !known ? undefined : await addReply(kexie, ctx, session, after?.[2] ?? told, `${add.groups?.words ?? ''}${after?.[1] ?? lead ?? ''}`, pointed && !add.groups?.forgot);
    if (added) return added;
  }
  // The records the conversation knows are read only for a line that reads as a fix: a question ("这个月有什么要做的")
  // read them too, and waited for the store (a copied folder's snapshot being built) before it was answered.
  const bareValue = readBareValue(text, ctx.today);
  const written = readCorrection(text, ctx.today);
  if (!bareValue && !written) return undefined;
  const scope = await session.scope();
  const knows = scope.records.length > 0 || (scope.thread?.length ?? 0) > 0;
  // A bare "120人" or "改成周四" fixes the record just made; with nothing just made it is left to the other readers.
  // "不对，应该是260人": a line that says a record is wrong, naming none, is read as that correction (asked about
  // when several records may be meant), not as a value for the record just made.
  // ("改成周四", "120人" alone still fix the record just made.)
  const bare = knows && !(written?.ref.bare && SAYS_WRONG.test(simple)) ? bareValue : undefined;
  const correction = bare ?? written;
  if (!correction) return undefined;
  // "120人" with no thread after several records: it fixes the record just made only when that is the one record
  // that may be meant; when an earlier recent record holds the same figure too, either may be meant, so ask.
  if (bare && correction === bare && (scope.thread?.length ?? 0) === 0) {
    const holds = (a: Activity): boolean => (bare.field === 'headcount' ? a.headcount !== null : bare.field === 'metric' ? a.metrics[bare.unit] !== undefined : false);
    const recent = scope.records.slice(-5);
    const latest = recent.filter((a) => scope.batch.includes(a.id));
    const just = latest.length > 0 ? latest : recent.slice(-1);
    if (recent.length > 1 && just.every(holds) && recent.filter(holds).length > 1) {
      return { text: `“${text.trim()}”是哪一条的？\n${(askWhich(recent.filter(holds)) as { message: string }).message}`, kind: 'error' };
    }
  }
  const split = splitOnline(text);
  if (split) return severalReply(kexie, ctx, session, split, split[0]!.field === 'headcount' ? split[0]!.old : undefined);
  const several = correction.field !== 'unclear' && !correction.soft ? severalFields(text, ctx.today, correction) : [];
  if (several.length > 1) return severalReply(kexie, ctx, session, several);
  const reply = await correctionReply(kexie, ctx, session, correction);
  // "志愿者12个" when the conversation knows one record alone: people of a role it did not count yet are added to it.
  if (!reply && correction.soft && correction.field === 'metric' && correction.unit.startsWith('人(') && scope.records.length === 1 && (scope.thread?.length ?? 0) === 0 && simple.length <= 12 && !EVENT.test(simple)) {
    const added = await addReply(kexie, ctx, session, simple, '', true);
    if (added) return added;
  }
  // "志愿者是5人" right after records, naming none of them: ask which, rather than store a new record.
  if (!reply && correction.soft && knows && simple.length <= 12 && !EVENT.test(simple)) {
    const latest = scope.records.filter((a) => scope.batch.includes(a.id));
    return { text: `“${text.trim()}”是哪一条的？\n${(askWhich(latest.length > 0 ? latest : scope.records.slice(-3)) as { message: string }).message}`, kind: 'error' };
  }
  return reply;
}

/** "补充一下昨天下乡的，…" names a record; "讲座其实分两场讲的，…" says a figure of it, and names none. */
const namedThen = (m: RegExpExecArray | null): RegExpExecArray | null => (m?.[1] && findFigures(m[1]).figures.length === 0 ? m : null);

/** Words that make a short line a report of its own, not a figure for a record just made. */
const EVENT = /(讲座|培训|活动|宣传|展|赛|会|课|下乡|开放|参观|服务|咨询|举办|开展|组织|搞了|办了)/u;

/** Applies a correction within what the conversation knows; a soft one that matched nothing is not a correction. */
export async function correctionReply(kexie: Kexie, ctx: RequestContext, session: Session, correction: Correction): Promise<Reply | undefined> {
  const result = await kexie.correct(ctx, correction, await session.scope());
  if (!result.ok) return result.notACorrection ? undefined : { text: result.message, kind: 'error' };
  session.touched(result.activity.id);
  if (JSON.stringify(result.before) === JSON.stringify({ ...result.activity, history: result.before.history })) {
    return { text: `${result.activity.id}（${result.before.title}）原记录已经是这样，没有改动。\n${await described(kexie, ctx, result.activity)}`, kind: 'activity', activityId: result.activity.id };
  }
  return {
    text: `已更正 ${result.activity.id}（${result.before.title}）：${result.changes.join('；')}\n${await described(kexie, ctx, result.activity)}\n如需还原：撤销更正`,
    kind: 'activity',
    activityId: result.activity.id,
  };
}

/** Words that open many clauses and name no record ("活动当天", "现场还…"), though some titles hold them. */
const NO_NAME = /^(?:活动|现场|当天|今天|昨天|前天|会上|会后|期间|其中|另外|还有|我们|咱们|大家|后来|上午|下午|晚上|中午|科普|宣传|同步|线上|网上|直播)$/u;

/**
 * The words a 补充's first clause opens with ("主场活动同步直播了，线上观看…" → 主场活动), when they are the start of an
 * earlier record's title and not of the record just made: that record is named. Undefined when the clause holds a
 * figure, is the only clause with no 还有 (也, 又) after its opening words, or opens on no title; the record just
 * made keeps what names it as well.
 */
async function leadName(told: string, scope: CorrectionScope, today: string): Promise<string | undefined> {
  const clauses = told.split(/[,，。；;]/u).map((c) => c.trim()).filter(Boolean);
  // "19号主场活动同步直播了，…": a day of the month before the name names the record's day as well.
  const day = /^\d{1,2}\s*[号日](?!\s*[到至-])/u.exec(clauses[0] ?? '')?.[0] ?? '';
  const opening = (clauses[0] ?? '').slice(day.length);
  // "主场活动还有志愿者45人参与服务": one clause, its name before 还有 (or 也, 又) and the figure after.
  const one = clauses.length === 1 ? /^(\p{Script=Han}{2,12}?)(?:那边|那里|那天|当天)?(?:还有|还|也有|也|又|另有|另外)/u.exec(opening) : null;
  const first = one?.[1] ?? opening;
  if ((clauses.length < 2 && !one) || findFigures(first).figures.length > 0 || !/^\p{Script=Han}{2}/u.test(first)) return undefined;
  const records = scope.records.slice(-5);
  const latest = records.filter((a) => scope.batch.includes(a.id));
  for (let n = Math.min(first.length, 12); n >= 2; n--) {
    const words = first.slice(0, n);
    if (!/^\p{Script=Han}+$/u.test(words)) continue;
    const hits = records.filter((a) => a.title.includes(words) && (!day || matchesWords(a, day, today)));
    if (hits.length === 0) continue;
    if (NO_NAME.test(words) || hits.some((a) => latest.includes(a))) return undefined;
    return `${day}${words}`;
  }
  return undefined;
}

/**
 * "补充：19号主场活动志愿者有32名": the words before a figure's own label in the first clause ("19号主场活动") name an
 * earlier record when they open on a day of the month or on words of a record's title and fit exactly one of the
 * records just made; the longest such words are taken. Undefined when none or several fit: the record just made then.
 */
async function openingName(told: string, scope: CorrectionScope, today: string): Promise<string | undefined> {
  const first = told.split(/[,，。；;]/u)[0]?.trim() ?? '';
  const figure = findFigures(first).figures[0];
  if (!figure) return undefined;
  const opening = first.slice(0, figure.index).replace(/^(?:还|又|也|另外)/u, '');
  const records = scope.records.slice(-5);
  if (records.length < 2) return undefined;
  for (let n = Math.min(opening.length, 14); n >= 2; n--) {
    const words = opening.slice(0, n);
    const day = /^\d{1,2}[号日]/u.exec(words)?.[0] ?? '';
    const name = words.slice(day.length).replace(/(?:那场|那次|那天|当天|的)$/u, '');
    if (!day && (name.length < 2 || NO_NAME.test(name) || !records.some((a) => a.title.includes(name)))) continue;
    if (day && name.length > 0 && (name.length < 2 || !records.some((a) => a.title.includes(name)))) continue;
    const hits = records.filter((a) => matchesWords(a, words, today));
    if (hits.length === 1) return words;
    if (hits.length > 1) return undefined;
  }
  return undefined;
}

/** The kind of event a title ends on (讲座, 培训…), and the place it opens with (城关镇, 东街社区). */
const TITLE_KIND = /(讲座|培训|宣传|展览|义诊|咨询|竞赛|比赛|演练|座谈会|报告会|交流会|下乡|课)[^讲座培训宣传展览义诊咨询竞赛比赛演练会下乡课]{0,4}$/u;
const TITLE_PLACE = /^\p{Script=Han}{2,4}?(?:乡|镇|村|社区|街道)/u;

/** Two records of one kind at one place ("城关镇…讲座" twice): words that name neither fit both. */
function siblings(a: Activity, b: Activity): boolean {
  const kind = TITLE_KIND.exec(a.title)?.[1];
  const place = TITLE_PLACE.exec(a.title)?.[0];
  return kind !== undefined && place !== undefined && kind === TITLE_KIND.exec(b.title)?.[1] && place === TITLE_PLACE.exec(b.title)?.[0];
}

/** "补充：还发放资料200份": the figures go into the same record (added to one already there), never a second record. */
async function addReply(kexie: Kexie, ctx: RequestContext, session: Session, body: string, named: string, pointed: boolean): Promise<Reply | undefined> {
  // "volunteers 去了20个": people named, then a count of 个, are counted by head, as in a report.
  const figures = withoutParts(findFigures(normalizeText(body).toLowerCase()).figures.map(nominalised));
  if (figures.length === 0) return undefined;
  const deps = { store: kexie.deps.storeFor(ctx.workspace), observances: kexie.deps.observances };
  const scope = await session.scope();
  // "补充一下，还发了宣传资料200份" after two lectures at one place: it fits either as well; ask which.
  const [prior, latest] = scope.records.slice(-2);
  if (!named.trim() && (scope.thread?.length ?? 0) === 0 && prior && latest && siblings(prior, latest)) return { text: `是哪一场的？${(askWhich([prior, latest]) as { message: string }).message}`, kind: 'error' };
  const found = await findTarget(deps, ctx, { ref: refOf(named) }, scope);
  // Words that name no record ("城南社区讲座另外还发了…") may be a report of their own.
  if (!found.ok) return named.trim() && !pointed ? undefined : { text: found.message, kind: 'error' };
  const before = found.activity;
  const metrics = { ...before.metrics };
  let headcount = before.headcount;
  let headcountUnit = before.headcountUnit;
  // What each added figure counts, as written ("发放资料"), to name it in the reply.
  const labels: Record<string, string> = {};
  for (const f of figures) {
    const label = f.context.replace(/^(还|又|也|另外|有|共|共计)/u, '').replace(/^了/u, '').replace(/(?:其实|实际上?)?(?:分(?:了|成|为)?)?$/u, '').trim();
    if (!f.people && label.length >= 2 && label.length <= 12) labels[f.unit] = label;
    if (f.people && headcount === null) {
      headcount = f.value;
      headcountUnit = /人次/u.test(f.written) ? '人次' : '人';
      continue;
    }
    // "线上观看1.2万人次": who the people are, as a report would label them (人次(线上), 人(志愿者)).
    const key = f.people ? `${f.unit}(${roleLabel(f)})` : f.unit;
    // "其实分两场": the whole count as it really was, not more of it.
    metrics[key] = (ACTUALLY.test(f.context) ? 0 : (metrics[key] ?? 0)) + f.value;
  }
  const activity = await kexie.edit(ctx, before.id, { metrics, ...(headcount !== before.headcount ? { headcount, headcountUnit } : {}) });
  session.touched(activity.id);
  const changes = describeChanges(before, { ...activity, metricLabels: { ...labels, ...activity.metricLabels } }, await deps.store.listPlans());
  return { text: `已补充到 ${activity.id}（${activity.title}）：${changes.join('；')}\n${await described(kexie, ctx, activity)}\n如需还原：撤销更正`, kind: 'activity', activityId: activity.id };
}

/** "其实分两场", "实际上发了": the figure is the whole count. */
const ACTUALLY = /(?:其实|实际上?|实为)[^,，。；;]*$/u;

/** "分两场讲的，一场上午一场下午": figures after "分N<unit>" that add up to it are its parts, not more of it. */
function withoutParts(figures: Figure[]): Figure[] {
  const split = figures.find((f) => !f.people && /分(?:了|成|为)?$/u.test(f.context));
  if (!split) return figures;
  const parts = figures.filter((f) => f !== split && f.unit === split.unit && f.index > split.index);
  return parts.length >= 2 && parts.reduce((n, f) => n + f.value, 0) === split.value ? figures.filter((f) => !parts.includes(f)) : figures;
}

/** The record as understood, with its plan item by name. */
async function described(kexie: Kexie, ctx: RequestContext, a: Activity): Promise<string> {
  return describeActivity(a, a.itemId ? itemLabel(await kexie.listPlans(ctx), a.itemId) : null);
}

/**
 * A sentence or clause of a letter that changes nothing: a greeting or thanks ("给您添麻烦了，谢谢！"), the record it
 * is about ("关于上周报的…的情况"), the checking done ("经和乡里再次核对"), the rest unchanged ("其他信息不变").
 */
const SAYS_NOTHING = /^(?:(?:谢谢|多谢|感谢|辛苦|麻烦|打扰|添麻烦|给您添麻烦|给你添麻烦|不好意思|抱歉)[\p{Script=Han}]{0,4}|(?:关于|有关)[^\d]{2,30}?(?:的)?(?:情况|事情?|数据|信息|记录)|(?:经|经过)?[^\d，,。]{0,10}?(?:再次?|重新)?(?:核对|核实|复核|核查|确认)(?:了|过|后)?(?:一下|一遍)?|(?:其他|其余|别的)(?:信息|内容|数据|的)?(?:都|均)?(?:不变|没变|没有变|照旧|一样))[。!！~～\s]*$/u;

const BARE_NUMBER = /^(?:约|大约|大概)?[\d零一二两三四五六七八九十百千]+(?:左右|上下|来|多)?$/u;

/** "更正：科技馆那条日期是11月19日，人数160人": one correction per clause, all to the record the first one names. */
function severalFields(text: string, today: string, whole: Correction): Correction[] {
  // "张主任您好，关于…的情况，经…核对，…，其他不变。谢谢！": greetings, the record named, the checking and the thanks
  // say nothing that changes; an aside in brackets with no figure ("（漏报了河湾村）") is a reason. The clauses keep
  // their places (the first one said is still the first).
  const clauses = normalizeText(text).replace(GREETING, '').replace(GREETING, '').split(/[,，；;]/u).map((c, k) => (k === 0 ? c : c.trim()))
    .map((c) => c.split(/(?<=[。!！])/u).filter((s) => !SAYS_NOTHING.test(s.trim())).join('').replace(/[（(][^（）()\d]{1,20}[）)]/gu, '').trim())
    .map((c) => c.trim()).map((c) => (c === '' || SAYS_NOTHING.test(c) ? '' : c));
  const kept = clauses.filter(Boolean);
  // "应该按人次算，540人次": the unit of one figure, said with its reasons; no clause is a field of its own.
  if (kept.length < 2 || kept.length > 4 || (whole.field === 'headcount' && whole.old !== undefined && whole.value === whole.old)) return [];
  // A later clause counts only when it names a field or is a value ("人数160人", "160人"); "后面又交上来一批" is a reason.
  // "人也没那么多，一百二左右": a bare number right after a clause about people is the headcount.
  const valueOf = (c: string, k: number): Correction | undefined => readBareValue(c, today) ?? (BARE_NUMBER.test(c) && /人/u.test(clauses[k - 1] ?? '') ? readBareValue(`${c}人`, today) : undefined) ?? readFigureClause(c, today);
  const read = clauses.map((c, k) => (c === '' ? undefined : k === 0 ? readCorrection(c, today) : (valueOf(c, k) ?? (/^(人数|人次|日期|时间|资料|户数|场次|标题|名称|份数|结束日期|开始日期)/u.test(c) ? readCorrection(`更正：${c}`, today) : readCorrection(c, today)))));
  // "实际是38人，后面补签了3个": N个 with nothing counted, after a headcount, says who came late; no field of its own.
  // "实际走了6个村": a count of 个 that names what it counts is a figure of its own.
  const late = (c: Correction | undefined, k: number): boolean => k > 0 && whole.field === 'headcount' && c?.field === 'metric' && c.unit === '个' && /(?:了|来|到|签|补|又|多|少|有)\s*[\d一二两三四五六七八九十]+\s*个/u.test(clauses[k] ?? '') && !findFigures(clauses[k] ?? '').figures.some((f) => f.unit === '个' && f.noun !== '');
  const found = read.filter((c, k): c is Correction => c !== undefined && c.field !== 'unclear' && !c.soft && !late(c, k));
  const fields = new Set(found.map((c) => (c.field === 'metric' ? `metric:${c.unit}` : c.field)));
  if (found.length < 2 || fields.size !== found.length) return [];
  // "更正：国庆开放延长到了7号，接待人次应为1580": a record named in one clause only is the record of all of them.
  const names = (r: CorrectionRef): boolean => Boolean(r.words || r.kind) || r.ordinal !== undefined;
  const ref = names(whole.ref) ? whole.ref : (found.find((c) => names(c.ref))?.ref ?? whole.ref);
  return found.map((c) => ({ ...c, ref }));
}

/** Applies each field's correction to the same record; the reply lists every change. */
async function severalReply(kexie: Kexie, ctx: RequestContext, session: Session, corrections: Correction[], oldHeadcount?: number): Promise<Reply> {
  const deps = { store: kexie.deps.storeFor(ctx.workspace), observances: kexie.deps.observances };
  const found = await findTarget(deps, ctx, { ref: corrections[0]!.ref, ...(oldHeadcount !== undefined ? { field: 'headcount', old: oldHeadcount } : {}) }, await session.scope());
  if (!found.ok) return { text: found.message, kind: 'error' };
  const changes: string[] = [];
  let activity = found.activity;
  for (const c of corrections) {
    // "第三条…": the ordinal counted among the records the conversation knows; applied to the one record found, it
    // would count in a list of one.
    const { ordinal: _counted, ...ref } = c.ref;
    const result = await kexie.correct(ctx, { ...c, ref }, { records: [activity], batch: [activity.id] });
    if (!result.ok) return { text: `${changes.length > 0 ? `已更正 ${activity.id}：${changes.join('；')}\n` : ''}${result.message}`, kind: changes.length > 0 ? 'activity' : 'error', activityId: activity.id };
    changes.push(...result.changes);
    activity = result.activity;
  }
  session.touched(activity.id);
  return { text: `已更正 ${activity.id}（${found.activity.title}）：${changes.join('；')}\n${await described(kexie, ctx, activity)}\n如需还原：撤销更正（每次退回一项）`, kind: 'activity', activityId: activity.id };
}

/**
 * "30 of the 120 joined via livestream, only 90 were in the room": a headcount split into the people online and
 * those present; the present are the headcount (old: the whole), the online a figure of their own.
 */
function splitOnline(text: string): Correction[] | undefined {
  const m = /\b(\d+)\s+of\s+(?:the|those)\s+(\d+)\b[^.;。；]*?\b(?:online|via\s+(?:live\s*stream|livestream|zoom|video)|remotely|virtually)\b[^.;。；]*?[,，]\s*(?:and\s+)?(?:only\s+)?(\d+)\s+(?:were|was|came|attended)?\s*(?:in\s+(?:the\s+)?(?:room|hall|person)|on\s*site|in\s+person|offline)/iu.exec(normalizeText(text));
  if (!m) return undefined;
  const [online, whole, present] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (online + present !== whole) return undefined;
  return [
    { field: 'headcount', value: present, approximate: false, old: whole, ref: {} },
    { field: 'metric', unit: '人(线上)', value: online, ref: {} },
  ];
}
