// Answers questions about time from the plan: days to an observance, an item's next deadline, what to do soon.
import { addDays, daysBetween, formatMonthDay, partsOf, type CivilDate, type DateRange } from '../dates/civil-date.js';
import { findObservances, observanceRange, type Observance } from '../plans/observances.js';
import type { Due } from '../plans/plan-schema.js';
import { searchItems } from './search-items.js';
import type { LogContext } from './answer-log-question.js';
import { describeDue, projectDue } from './due-in-period.js';
import { findItemsByTopic } from './find-items.js';
import { progressLines } from './item-progress.js';
import type { Activity } from '../activities/activity-schema.js';

/** "距全国科技活动周（…）还有173天", or how long it still runs. */
export function countdown(o: Observance, ctx: LogContext): string {
  const year = partsOf(ctx.today).year;
  let range = observanceRange(o, year);
  if (range.end < ctx.today) range = observanceRange(o, year + 1);
  const span = range.start === range.end ? `${partsOf(range.start).year}年${formatMonthDay(range.start)}` : `${partsOf(range.start).year}年${formatMonthDay(range.start)}—${formatMonthDay(range.end)}`;
  const note = o.note ? `（${o.note}）` : '';
  const items = searchItems(ctx.items.filter((i) => i.kind === 'task'), o.name, ctx.observances);
  const related = items.map((i) => `相关任务：${i.path} ${i.title}`);
  if (range.start <= ctx.today) return [`${o.name}正在进行（${span}${note}），距结束还有${daysBetween(ctx.today, range.end)}天。`, ...related].join('\n');
  return [`距${o.name}（${span}${note}）还有${daysBetween(ctx.today, range.start)}天。`, ...related].join('\n');
}

/** The next occurrence of a due entry on or after today (a yearly one rolls to next year). */
function nextDue(d: Due, today: CivilDate): Due {
  const year = partsOf(today).year;
  const now = projectDue(d, year);
  if (now.end >= today || !d.recurring || d.recurring === 'monthly') return now;
  return projectDue(d, year + 1);
}

/** The next occurrence of each deadline of the items a topic names, with days left. */
export function whenAnswer(topic: string, ctx: LogContext, days: boolean, progressFrom?: readonly Activity[], held?: readonly Activity[]): string {
  const items = findItemsByTopic(ctx.items, topic, ctx.observances);
  if (items.length === 0) {
    const o = findObservances(topic, ctx.observances)[0];
    if (o) return countdown(o.observance, ctx);
    return `没有找到与“${topic}”有关的任务。可以换个关键词，或发送“本月有什么要做的”。`;
  }
  return items
    .slice(0, 5)
    .map((item) => {
      const s = ctx.statusOf(item);
      const done = s && s.status === 'done' ? `（已完成，${s.by} ${s.date}标记）` : '';
      if (item.due.length === 0) return `${item.path} ${item.title}${done}：计划中没有写明时间。`;
      const year = partsOf(ctx.today).year;
      const isDone = s?.status === 'done';
      // Each due once: this year's when done or still ahead, else the next year's; quarterly ones only the next.
      const occurrences = item.due.map((d) => (d.recurring === 'monthly' ? d : isDone ? projectDue(d, year) : nextDue(d, ctx.today)));
      const ahead = occurrences.filter((d) => d.recurring === 'quarterly' && d.end >= ctx.today).sort((a, b) => a.end.localeCompare(b.end));
      const shown = occurrences.filter((d) => d.recurring !== 'quarterly' || (ahead[0] ? d === ahead[0] : d === occurrences.find((x) => x.recurring === 'quarterly')));
      const lines = shown.map((n) => {
        if (n.recurring === 'monthly') return '  每月';
        const left = daysBetween(ctx.today, n.kind === 'deadline' ? n.end : n.start);
        const rel = isDone ? '' : n.end < ctx.today ? `，已于${partsOf(n.end).year}年${formatMonthDay(n.end)}过期` : left > 0 ? `，${partsOf(n.start).year !== year ? `${partsOf(n.start).year}年，` : ''}还有${left}天` : n.start <= ctx.today && ctx.today <= n.end ? '，正在进行' : '';
        return `  ${n.recurring === 'quarterly' ? '下一次：' : ''}${describeDue(n)}${days || rel ? rel : ''}`;
      });
      const progress = progressFrom ? progressLines(item, progressFrom).map((p) => `  进度：${p}`) : [];
      // "全委会开了没？哪天开的": this year's records of the item say when it was held, beside when the plan set it.
      const records = (held ?? []).filter((a) => a.itemId === item.id && a.date.slice(0, 4) === String(year) && a.date <= ctx.today).sort((a, b) => a.date.localeCompare(b.date));
      const logged = records.slice(-3).map((a) => `  已记录：${formatMonthDay(a.date)}${a.dateEnd && a.dateEnd !== a.date ? `至${formatMonthDay(a.dateEnd)}` : ''} ${a.title}${a.headcount !== null ? `（${a.headcount}${a.headcountUnit ?? '人'}）` : ''}`);
      return [`${item.path} ${item.title}${done}`, ...lines, ...logged, ...progress].join('\n');
    })
    .join('\n');
}

/** What is due or running in a near period, monthly work, and deadlines coming up soon. */
export function agenda(period: DateRange, label: string, ctx: LogContext): string {
  const year = partsOf(ctx.today).year;
  const short = daysBetween(period.start, period.end) <= 7;
  const hits: string[] = [];
  const monthly: string[] = [];
  const soon: string[] = [];
  let doneCount = 0;
  for (const item of ctx.items.filter((i) => i.kind === 'task')) {
    const matched = item.due.filter((d) => {
      if (d.recurring === 'monthly') return false;
      const p = projectDue(d, partsOf(period.start).year);
      if (d.kind === 'deadline') return period.start <= p.end && p.end <= period.end;
      return p.start <= period.end && period.start <= p.end && daysBetween(p.start, p.end) <= 92;
    });
    const isMonthly = item.due.some((d) => d.recurring === 'monthly');
    const upcoming = short && matched.length === 0 ? item.due.filter((d) => d.recurring !== 'monthly' && d.kind === 'deadline').map((d) => projectDue(d, year)).filter((d) => d.end > period.end && d.end <= addDays(period.end, 30)) : [];
    if (matched.length === 0 && !isMonthly && upcoming.length === 0) continue;
    if (ctx.statusOf(item)?.status === 'done') {
      doneCount++;
      continue;
    }
    const line = (ds: Due[]): string => `• ${item.path} ${item.title}${ds.length > 0 ? ` — ${[...new Set(ds.map(describeDue))].join('；')}` : ''}${item.owners.length > 0 ? `（牵头：${item.owners.join('、')}）` : ''}`;
    if (matched.length > 0) hits.push(line(matched));
    else if (upcoming.length > 0) soon.push(line(upcoming));
    else monthly.push(line([]));
  }
  const obs = ctx.observances.filter((o) => {
    const r = observanceRange(o, partsOf(period.start).year);
    return r.start <= period.end && period.start <= r.end;
  });
  const lines = [hits.length > 0 ? `${label}到期或进行中的任务${hits.length}项：` : `${label}没有到期的任务。`, ...hits];
  if (monthly.length > 0) lines.push('每月例行：', ...monthly.map((l) => `${l}（每月）`));
  if (soon.length > 0) lines.push('近30天内截止，可以提前准备：', ...soon);
  if (obs.length > 0) lines.push(`这段时间的纪念日：${obs.map((o) => o.name).join('、')}`);
  if (doneCount > 0) lines.push(`另有${doneCount}项已完成，未列出。`);
  return lines.join('\n');
}
