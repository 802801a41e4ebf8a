// What the reader makes of a chat message: the records read from it, or why it is not one (see read-report.ts).
import type { CivilDate } from '../dates/civil-date.js';

/** A field the reader is not sure of, with the one short question that settles it. */
export interface Doubt {
  field: 'kind' | 'date' | 'headcount' | 'metrics' | 'item' | 'title';
  /** One short Chinese question, e.g. "是今年11月5日吗？还没到这一天。" */
  question: string;
  /** Raised by the second look at the figures (report-audit.ts): which check, for the answers it takes. */
  audit?: 'no-headcount' | 'side-above' | 'restated' | 'online-headcount' | 'multi-no-hc';
}

/** One activity as understood from (part of) a message. */
export interface ReadRecord {
  date: CivilDate;
  /** The last day of a period report ("10月份共开展…"), else null. */
  dateEnd: CivilDate | null;
  dateSource: 'explicit' | 'relative' | 'default';
  title: string;
  headcount: number | null;
  headcountUnit: '人次' | '人' | null;
  approximate: boolean;
  metrics: Record<string, number>;
  metricLabels: Record<string, string>;
  /** Notes for the author; those starting with "待核对" mark figures summaries must not cite. */
  flags: string[];
  /** No figure, but a thing done: 已报送, 已完成验收, 新成立. */
  milestone: boolean;
  /** The part of the message this record was read from. */
  text: string;
  /** The lead-in shared by several events ("科普日联动活动："), for finding their plan item. */
  lead: string;
  /** What the reader is unsure of in this record; a record with doubts is asked about, not stored. */
  doubts: Doubt[];
}

export type ReportReading =
  | {
      kind: 'activity';
      records: ReadRecord[];
      /** Doubts about the message as a whole ("这像是通知…"). */
      doubts: Doubt[];
      /** Lines of a pasted list that are not events ("4. 清水镇 本月暂未开展", "合计…"), to say so. */
      skipped?: string[];
    }
  | { kind: 'not_activity'; reason: 'future' | 'question' | 'chatter' | 'notice'; message: string }
  | { kind: 'invalid'; problem: 'empty' | 'too_long' | 'no_figure' | 'two_dates' | 'bad_date' | 'bad_figure'; message: string };
