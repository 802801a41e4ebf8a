// Before a report is stored: what must be asked, a figure counted twice among them (a period total over events
// already logged, or an event inside a total already logged).
import type { RequestContext } from '../context.js';
import type { Doubt, ReportReading } from '../understanding/read-report.js';
import type { Activity } from './activity-schema.js';
import type { ActivityDeps } from './record-activity.js';

/**
 * What must be settled before storing: the reading's own doubts, its records' (item doubts excepted: a weak
 * link is stored unlinked with choices), and a figure counted twice: a period total over single events the
 * same sender already logged in that period, or a single event inside a total already logged. Only the
 * records of that period are read.
 */
export async function doubtsOf(deps: ActivityDeps, ctx: RequestContext, reading: Extract<ReportReading, { kind: 'activity' }>): Promise<Doubt[]> {
  const all = [...(reading.doubts ?? []), ...reading.records.flatMap((r) => r.doubts ?? [])].filter((d) => d.field !== 'item');
  for (const r of reading.records) {
    const from = r.date;
    const to = r.dateEnd ?? r.date;
    const mine = (await deps.store.listActivities({ from, to })).filter((a) => !a.undone && a.by === ctx.user);
    if (r.dateEnd && TOTAL.test(r.text)) {
      const inside = mine.filter((a) => a.dateEnd === null && a.date >= from && a.date <= to && sameMeasure(a, r) && sameKind(a.title, r.text));
      if (inside.length > 0) {
        const names = inside.slice(0, 3).map((a) => `${a.date.slice(5)} ${a.title}`).join('、');
        all.push({ field: 'headcount', question: `${periodName(from, to)}已记录的${inside.length}次活动（${names}${inside.length > 3 ? '等' : ''}）是否包含在这个合计里？` });
      }
    } else if (!r.dateEnd) {
      const total = mine.find((a) => a.dateEnd !== null && a.date <= from && a.dateEnd >= from && TOTAL.test(a.text) && sameMeasure(a, r) && sameKind(a.title, r.text));
      if (total) all.push({ field: 'headcount', question: `已记录的合计“${total.title}”（${total.date} 至 ${total.dateEnd}）是否已包含这次活动？` });
    }
  }
  return all;
}

/** A record that sums a period ("11月份共开展…", "国庆期间累计接待…"), not one event over a few days or of an uncertain day (11月中旬). */
const TOTAL = /(共|累计|合计|总计|汇总|期间|以来|全月|本月|月份|[一二三四五六七八九十\d]+场|[一二三四五六七八九十\d]+次)/u;
/** Kinds of work a total may sum; a total and an event that name different kinds count different things. */
const KINDS = /(讲座|报告会|科普报告|培训|巡展|接待|参观|下乡|宣传|演练|走访|慰问|竞赛|大赛|展览|咨询|义诊|研学|科学营|夏令营|冬令营|座谈|调查|问卷|报送|志愿服务|年会|论坛|研讨|启动仪式|开幕式|兴趣小组|开放日)/gu;
function sameKind(totalOrEventTitle: string, otherText: string): boolean {
  const left = new Set(totalOrEventTitle.match(KINDS) ?? []);
  const right = new Set(otherText.match(KINDS) ?? []);
  return left.size === 0 || right.size === 0 || [...left].some((k) => right.has(k));
}

/** Two records count the same thing: both count people, or share a measure word. */
function sameMeasure(a: Activity, r: { headcount: number | null; metrics: Record<string, number> }): boolean {
  return (a.headcount !== null && r.headcount !== null) || Object.keys(r.metrics).some((k) => a.metrics[k] !== undefined);
}

/** "本月" style name of a period, for the question. */
function periodName(from: string, to: string): string {
  if (from.slice(0, 7) === to.slice(0, 7) && from.endsWith('-01')) return `${Number(from.slice(5, 7))}月`;
  return `${from} 至 ${to}`;
}

/** One short question: the first doubt, with a note when there are more. */
export function askText(doubts: readonly Doubt[]): string {
  const first = doubts[0]?.question ?? '要记录吗？';
  return doubts.length > 1 ? `${first}（另有 ${doubts.length - 1} 处待确认）` : first;
}
