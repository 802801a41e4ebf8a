// The words of each proactive post, written for the staff who read them in a channel.
import { type CivilDate, type DateRange, daysBetween, formatMonthDay, partsOf } from '../dates/civil-date.js';
import { describeDue } from '../questions/due-in-period.js';
import type { Directory, Team } from './subscription-schema.js';
import { type DueItem, ownersLine } from './plan-facts.js';

const MAX_LINES = 20;

function itemLines(list: readonly DueItem[], directory: Directory): string[] {
  const lines = list.slice(0, MAX_LINES).map(({ item, due }) => {
    const owners = ownersLine(item, directory);
    return `• ${item.path} ${item.title}（${describeDue(due)}）${owners ? `｜负责：${owners}` : ''}`;
  });
  if (list.length > MAX_LINES) lines.push(`……另有 ${list.length - MAX_LINES} 项，发“本月有什么要做的”查看全部。`);
  return lines;
}

const withNote = (lines: string[], note: string | undefined): string => (note ? [...lines, `（${note}）`] : lines).join('\n');

/** The first working day's digest of the month. */
export function monthlyText(date: CivilDate, list: readonly DueItem[], directory: Directory, note?: string, hasPlans = true): string {
  const { year, month } = partsOf(date);
  const head = `【本月待办】${year}年${month}月`;
  if (!hasPlans) return withNote([`${head}：还没有导入工作计划。`, '请把本年度工作要点（.docx/.pdf/.txt）发给我导入，之后每月第一个工作日会列出当月任务。'], note);
  if (list.length === 0) return withNote([`${head}：计划中没有本月到期的任务。`], note);
  return withNote([`${head}，共 ${list.length} 项：`, ...itemLines(list, directory), '完成后直接发“记录 …”登记活动，我会关联到对应任务。'], note);
}

/** The last working day's preview of next week. */
export function weeklyText(week: DateRange, list: readonly DueItem[], directory: Directory, note?: string, workdays?: number): string {
  const head = `【下周预告】${formatMonthDay(week.start)}—${formatMonthDay(week.end)}`;
  if (workdays === 0 && list.length === 0) return withNote([`${head}：下周是法定节假日，没有工作日，也没有到期的任务。`], note);
  if (list.length === 0) return withNote([`${head}：下周没有到期的任务。`], note);
  return withNote([`${head}，共 ${list.length} 项：`, ...itemLines(list, directory)], note);
}

/** One item's reminder, N working days before its date. */
export function deadlineText(entry: DueItem, workdaysLeft: number, today: CivilDate, directory: Directory): string {
  const { item, due, date } = entry;
  const verb = due.kind === 'event' ? '开始' : '截止';
  const days = daysBetween(today, date);
  const owners = ownersLine(item, directory);
  return [
    `【到期提醒】${item.path} ${item.title}`,
    `将于${formatMonthDay(date)}${verb}（还有 ${workdaysLeft} 个工作日，${days} 天）。`,
    ...(owners ? [`负责：${owners}`] : []),
    `完成后请发“${item.path} 已完成”或记录相关活动；已完成的任务不再提醒。`,
  ].join('\n');
}

/** The weekly list of items past their deadline and not done. */
export function overdueText(today: CivilDate, list: readonly DueItem[], directory: Directory): string {
  return [`【逾期提醒】截至${formatMonthDay(today)}，以下 ${list.length} 项已过截止日期，还没有完成记录：`, ...itemLines(list, directory), '已完成的请发“<编号> 已完成”（例如“一/2 已完成”）或记录相关活动，提醒就会停止。'].join('\n');
}

/** The 25th's list of units with nothing logged this month; `fromPlan` when they come from the plan's owners. */
export function unreportedText(today: CivilDate, units: readonly Team[], fromPlan = false): string {
  const { month } = partsOf(today);
  return [
    `【未报送提醒】截至${formatMonthDay(today)}，本月（${month}月）还没有活动记录的单位 ${units.length} 个：`,
    ...units.slice(0, 40).map((u) => `• ${u.name}${u.people.length > 0 ? ` ${u.people.join(' ')}` : ''}`),
    `请在月底前报送：直接发“记录 ${formatMonthDay(today)} 科普讲座，参加120人”这样的消息即可（写活动当天的日期）。`,
    ...(fromPlan ? ['（以上按计划中的牵头单位列出；用“单位 添加 城关镇科协 @王五”登记报送单位后，会按登记的单位提醒并 @ 相关人员。）'] : []),
  ].join('\n');
}
