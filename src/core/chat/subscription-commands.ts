// Chat commands for proactive posts: 订阅 / 取消订阅 / 订阅列表, 负责人, 单位, 本月未报送, 我的任务.
import { monthRange, partsOf } from '../dates/civil-date.js';
import type { RequestContext } from '../context.js';
import { AppError } from '../errors.js';
import type { Kexie } from '../kexie.js';
import { MINE } from '../questions/read-question-kind.js';
import { addSubscription, describeSubscription, nextPostLine, removeSubscriptions, type ScheduleDeps } from '../schedules/manage-subscriptions.js';
import { unreportedUnits, userIdOf } from '../schedules/plan-facts.js';
import { KIND_NAMES, type SubscriptionKind, type Team } from '../schedules/subscription-schema.js';
import { parseClockTime } from '../schedules/zoned-time.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import { matchKey } from '../text/normalize.js';
import type { Reply } from './handle-message.js';

const KIND_WORDS: Array<[RegExp, SubscriptionKind]> = [
  [/本月待办|每月待办|月度待办|月报|monthly/iu, 'monthly'],
  [/每周预告|下周预告|周预告|weekly/iu, 'weekly'],
  [/到期提醒|截止提醒|deadline/iu, 'deadline'],
  [/逾期提醒|逾期|overdue/iu, 'overdue'],
  [/未报送提醒|未报送|unreported/iu, 'unreported'],
];
const KINDS_HELP = '可订阅：本月待办｜每周预告｜到期提醒 提前3个工作日｜逾期提醒｜未报送提醒，可加时间，例如：订阅 本月待办 08:30';
const MAX_PEOPLE = 30;
const MAX_TEAMS = 500;
const MAX_NAME = 40;

const kindOf = (text: string): SubscriptionKind | undefined => KIND_WORDS.find(([re]) => re.test(text))?.[1];

/** "16:30", "8点", "8点半" in a command; undefined when none is written, null when it is wrong. */
function timeIn(text: string): string | undefined | null {
  const clock = /(\d{1,2}[:：]\d{2})/u.exec(text);
  if (clock?.[1]) return parseClockTime(clock[1]) ?? null;
  const hour = /(\d{1,2})\s*点(半)?/u.exec(text);
  if (!hour) return undefined;
  return parseClockTime(`${hour[1]}:${hour[2] ? '30' : '00'}`) ?? null;
}

/** "<@U1>", "<@U1|张三>", "<!subteam^S1|@科普部>", "@张三" → a stored mention; anything else undefined. */
export function mentionOf(token: string): string | undefined {
  const user = userIdOf(token);
  if (user) return `<@${user}>`;
  const group = /^<!subteam\^([A-Z0-9]+)(?:\|[^>]*)?>$/.exec(token)?.[1];
  if (group) return `<!subteam^${group}>`;
  return /^[@＠][^\s@＠<>]{1,20}$/u.test(token) ? `@${token.slice(1)}` : undefined;
}

/** A name then mentions: "科普部 @张三 <@U2>". */
function nameAndPeople(rest: string): { name: string; people: string[]; bad: string[] } {
  const [name = '', ...tokens] = rest.split(/\s+/u).filter(Boolean);
  const people = tokens.map(mentionOf);
  return { name: name.slice(0, MAX_NAME), people: [...new Set(people.filter((p): p is string => p !== undefined))].slice(0, MAX_PEOPLE), bad: tokens.filter((_, i) => people[i] === undefined) };
}

const teamLine = (t: Team): string => `• ${t.name}${t.people.length > 0 ? `：${t.people.join(' ')}` : '（未设置人员）'}`;

/** Handles the schedule commands; undefined when the text is not one of them. */
export async function trySubscriptionCommand(kexie: Kexie, ctx: RequestContext, text: string, simple: string): Promise<Reply | undefined> {
  const store = kexie.deps.storeFor(ctx.workspace);
  const scheduleDeps: ScheduleDeps = { holidays: kexie.deps.holidays, timeZone: kexie.deps.timeZone };
  const channel = ctx.source.channel ?? ctx.source.kind;
  const where = ctx.source.channel ? `<#${ctx.source.channel}>` : '这里';

  if (/^(订阅列表|我的订阅|subscriptions)$/iu.test(simple)) {
    const subs = (await store.listSubscriptions()).filter((s) => s.channel === channel);
    if (subs.length === 0) return { text: `${where}还没有订阅。${KINDS_HELP}`, kind: 'answer' };
    return { text: [`${where}的订阅（${subs.length} 个）：`, ...subs.map((s) => `• ${s.id} ${describeSubscription(s)}`), '取消：取消订阅 本月待办（或订阅编号）'].join('\n'), kind: 'answer' };
  }
  let m: RegExpExecArray | null;
  if ((m = /^(?:取消订阅|退订|unsubscribe)\s*(.*)$/iu.exec(simple))) {
    const arg = (m[1] ?? '').trim();
    const kind = kindOf(arg);
    if (!kind && !arg) return { text: `要取消哪个订阅？例如：取消订阅 本月待办。发“订阅列表”查看${where}的订阅。`, kind: 'error' };
    const gone = await removeSubscriptions(store, kind ? { kind, channel } : /^(全部|所有|all)$/iu.test(arg) ? { channel } : { id: arg });
    if (gone.length === 0) return { text: `${where}没有这个订阅。发“订阅列表”查看现有订阅。`, kind: 'error' };
    return { text: `已取消：${gone.map(describeSubscription).join('、')}。`, kind: 'answer' };
  }
  if ((m = /^(?:订阅|subscribe)\s*(.*)$/iu.exec(simple))) {
    const arg = (m[1] ?? '').trim();
    const kind = kindOf(arg);
    if (!kind) return { text: `要订阅什么？${KINDS_HELP}`, kind: 'error' };
    if (!ctx.source.channel) return { text: '提醒会发到 Slack 频道：请在要接收提醒的频道里 @kexie 发“订阅 …”；命令行请用 remind add --channel <频道ID> --kind monthly。', kind: 'error' };
    const at = timeIn(arg);
    if (at === null) return { text: '时间应写成 24 小时制，例如 09:00 或 16:30。', kind: 'error' };
    const daysText = /提前\s*([0-9一二两三四五六七八九十]{1,3})\s*个?\s*工作日/u.exec(arg)?.[1];
    const days = daysText === undefined ? undefined : parseChineseNumber(daysText);
    const { subscription, created } = await addSubscription(store, ctx, { kind, channel, at: at ?? undefined, days });
    const next = await nextPostLine(store, scheduleDeps, subscription, new Date(ctx.now));
    const head = created ? `已订阅：${where}将收到${describeSubscription(subscription)}。` : `已更新：${describeSubscription(subscription)}。`;
    return { text: `${head}\n${next}\n取消：取消订阅 ${KIND_NAMES[kind]}`, kind: 'answer' };
  }
  // "负责人 科普部 @张三": only with someone named (or alone, to list), so "负责人是谁" stays a question.
  if ((m = /^(?:负责人|owners?)(?:\s+(.*))?$/iu.exec(text.trim())) && (!m[1] || /(^|\s)(<[@!]|[@＠])/u.test(m[1]))) {
    const { name, people, bad } = nameAndPeople(m[1] ?? '');
    if (!name) {
      const { owners } = await store.readDirectory();
      return { text: owners.length === 0 ? '还没有设置负责人。格式：负责人 科普部 @张三 @李四' : ['各部门负责人：', ...owners.map(teamLine)].join('\n'), kind: 'answer' };
    }
    if (people.length === 0) return { text: `请写出“${name}”的负责人，例如：负责人 ${name} @张三 @李四${bad.length > 0 ? `（没认出：${bad.slice(0, 3).join(' ')}）` : ''}`, kind: 'error' };
    if (bad.length > 0) return { text: `没认出这些人：${bad.slice(0, 3).join(' ')}。请用 @ 选择同事，例如：负责人 ${name} @张三 @李四`, kind: 'error' };
    await store.updateDirectory((d) => {
      d.owners = [...d.owners.filter((t) => matchKey(t.name) !== matchKey(name)), { name, people }].slice(-MAX_TEAMS);
    });
    return { text: `已设置：${name} 由 ${people.join(' ')} 负责。到期提醒会 @ 他们；他们发“我的任务”可查看${name}的任务。`, kind: 'answer' };
  }
  if ((m = /^(?:单位)\s*(添加|增加|删除|移除|列表)?\s*(.*)$/u.exec(text.trim())) && (m[1] || !m[2])) {
    const action = m[1] ?? '列表';
    if (action === '列表') {
      const { units } = await store.readDirectory();
      return { text: units.length === 0 ? '还没有登记报送单位。格式：单位 添加 城关镇科协 @王五' : [`报送单位（${units.length} 个）：`, ...units.map(teamLine)].join('\n'), kind: 'answer' };
    }
    const { name, people } = nameAndPeople(m[2] ?? '');
    if (!name) return { text: '格式：单位 添加 城关镇科协 @王五｜单位 删除 城关镇科协', kind: 'error' };
    const removing = action === '删除' || action === '移除';
    const changed = await store.updateDirectory((d) => {
      const before = d.units.length;
      d.units = d.units.filter((t) => matchKey(t.name) !== matchKey(name));
      if (!removing && d.units.length >= MAX_TEAMS) throw new AppError('bad_input', `报送单位已达 ${MAX_TEAMS} 个上限，请先删除不用的单位。`);
      if (!removing) d.units.push({ name, people });
      return removing ? before !== d.units.length : true;
    });
    if (!changed) return { text: `没有名为“${name}”的单位。发“单位 列表”查看。`, kind: 'error' };
    return { text: removing ? `已删除单位：${name}。` : `已登记单位：${name}${people.length > 0 ? `（${people.join(' ')}）` : ''}。本月没有活动记录时，“未报送提醒”会 @ 这些人。`, kind: 'answer' };
  }
  if (/^(本月未报送|未报送单位|哪些单位(本月)?(还)?没(有)?报送)$/u.test(simple)) {
    const [plans, activities, directory] = await Promise.all([store.listPlans(), store.listActivities(), store.readDirectory()]);
    const { year, month } = partsOf(ctx.today);
    const units = unreportedUnits(plans, activities, directory, { start: monthRange(year, month).start, end: ctx.today });
    if (directory.units.length === 0 && units.length === 0) return { text: '还没有登记报送单位。格式：单位 添加 城关镇科协 @王五', kind: 'answer' };
    if (units.length === 0) return { text: `${month}月各单位都已报送活动。`, kind: 'answer' };
    return { text: [`${month}月还没有活动记录的单位（${units.length} 个）：`, ...units.map(teamLine)].join('\n'), kind: 'answer' };
  }
  // "我们部门有什么任务？" as a question, never a report that mentions "我负责的讲座".
  const asksMine = MINE.test(simple) && /[?？]|什么|哪些|有啥|吗$|\bwhat\b/iu.test(simple) && !/^(记录|登记|log|总结|summary|draft)/iu.test(simple);
  if (simple.length <= 40 && (/^(我的任务|我们部门(的任务)?|我负责的(任务)?)$/u.test(simple) || asksMine)) {
    const { owners } = await store.readDirectory();
    const mine = owners.filter((t) => t.people.includes(`<@${ctx.user}>`));
    // Not mapped by 负责人: leave the question to the question handler ("我是科普部").
    if (mine.length === 0) return undefined;
    const answers = await Promise.all(mine.map((t) => kexie.ask(ctx, `${t.name}负责的任务`)));
    return { text: answers.map((a) => a.answer).join('\n\n'), kind: 'answer' };
  }
  return undefined;
}
