// Questions about the asker's own records ("我上个月报了哪些活动", "我们单位今年登记了几场讲座"): read as the same
// question about every record, marked whose; answered from the records the asker (or the asker's unit) reported.
import type { Activity } from '../activities/activity-schema.js';
import { PERIOD_WORDS } from './question-topic.js';

/** Whose records: the asker's own, or the asker's unit's. */
export type Whose = 'me' | 'my_unit';

/** Who asks: their id, and the unit (单位 添加 … @person) and colleagues they report with, when known. */
export interface Asker {
  user: string;
  unit?: string;
  peers?: readonly string[];
}

/** 我们单位, 我们镇, 本单位, 咱们学校: a unit speaking of itself (also 我们白马乡科协, or 我们 alone). */
const UNIT = '(?:我们|咱们|俺们|我|咱|俺|本)(?:(?:镇|乡|村|社区|街道)(?:科协|政府)|单位|学校|校|镇|乡|村|社区|街道|馆|科协|企业|公司|厂|协会|学会|中心|站)(?<!科协|协会|学会)(?:科协|协会)?';
/** The subject, up to a short period, then a verb of reporting (报了, 上报的, 登记过, 报上去的); never 报名. */
const OWN = new RegExp(`(${UNIT}|(?:我们|俺们)\\p{Script=Han}{2,12}?(?:科协|协会|学会|单位|学校|公司|中心)|我们|咱们|俺们|我(?!们))(?:自己)?(.{0,12}?)(?:都)?(上报|报送|填报|登记|记录|报(?:上来|上去)?)(?![名告道销])(了|过|的)`, 'u');
/**
 * 我们学校, 本单位: a unit that holds its own events, then a verb of holding them. Not a place (others hold events
 * there too) nor 我们科协 (the county's own 科协 speaks for every record).
 */
const HELD = /((?:我们|咱们|我|咱|本)(?:单位|学校|校|馆|企业|公司|厂|医院))(?:自己)?(.{0,12}?)(?:都)?(办|搞|开|开展|举办|组织|举行)(了|过|的)/u;
/** "我们学校今年的活动", "本单位上半年的讲座": what the unit held, said as its own (a period at most between). */
const POSSESSED = /((?:我们|咱们|本)(?:单位|学校|校|馆|企业|公司|厂|医院))(?:自己)?([^的，,？?]{0,6}?)的(?=活动|讲座|培训|比赛|竞赛|展览|宣传|记录)/u;
/** Words before the subject that do not change the question (请问, 查一下, a period). */
const LEAD = /^(?:老师|领导|主任|同志|师傅)(?=[，,]|(?:我)?(?:想|请)?问)|请问|想问一下|问一下|查一下|查下|帮我查下?|帮我看下?|麻烦|(?:寒假|暑假|开学|放假)之?前|[，,：:\s]/gu;
/** A correction, or asking whether one record was counted: not a question about the records. */
const NOT_A_LIST = /改成|改为|删|撤销|更正|写错|不对|应为|应该是|记上|算进|算不算|是不是|有没有算|漏/u;

/** "our company 科协", "our enterprise association", "our school": the asker's unit in English. */
const OUR_UNIT_EN = /\bour (?:own )?(?:company|enterprise|firm|factory|unit|school|township|town|village|community|organi[sz]ation)(?:'s)?(?:\s*(?:kexie|科协|s?ast|association|branch))?(?![a-z])/u;
/** English verbs of reporting a record (logged, recorded), never of signing up. */
const REPORTED_EN = /\b(?:logged|recorded|reported|submitted|filed|entered)\b|\b(?:did|do|does)\b.{0,40}\b(?:log|record|report|submit|file|enter)\b/u;

/** Whose records a question asks about, and the question as asked of every record ("我上个月报了哪些" → "上个月开展了哪些"). */
export function ownRecordsOf(text: string): { whose: Whose; rest: string; held?: true } | undefined {
  if (NOT_A_LIST.test(text)) return undefined;
  // "how many events has our company 科协 logged this year": the same question about every record, for the asker's unit.
  const en = REPORTED_EN.test(text) ? OUR_UNIT_EN.exec(text) : null;
  if (en) return { whose: 'my_unit', rest: `${text.slice(0, en.index)}${text.slice(en.index + en[0].length)}`.replace(/\s+/gu, ' ') };
  // "我们学校今年办了几场讲座": what the unit held is what it reported.
  const reported = OWN.exec(text);
  const held = HELD.exec(text);
  const m = reported && (!held || reported.index <= held.index) ? reported : held;
  if (!m?.[1]) return possessed(text);
  const before = text.slice(0, m.index);
  if (before.replace(PERIOD_WORDS, '').replace(LEAD, '') !== '') return undefined;
  const whose: Whose = m[1] === '我' || m[1] === '俺' ? 'me' : 'my_unit';
  // "我们今年自己报了几次": 自己 after the period only stresses whose records they are.
  // "我们科协今年报的…": 科协 after 我们 is the asker's own body speaking of itself, no word of what was held.
  const said = /^(?:我们|咱们|俺们)$/u.test(m[1]) ? (m[2] ?? '').replace(/^(?:科协|协会|学会)/u, '') : (m[2] ?? '');
  const rest = `${before.replace(LEAD, '')}${said.replace(/自己|亲自/gu, '')}开展${m[4] ?? ''}${text.slice(m.index + m[0].length)}`;
  return { whose, rest, ...(m === held ? { held: true as const } : {}) };
}

/** "我们学校今年的活动总人数是多少": with no verb, the unit's own events (as if it said 办的), their period kept. */
function possessed(text: string): { whose: Whose; rest: string; held: true } | undefined {
  const m = POSSESSED.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index);
  if (before.replace(PERIOD_WORDS, '').replace(LEAD, '') !== '' || (m[2] ?? '').replace(PERIOD_WORDS, '').trim() !== '') return undefined;
  return { whose: 'my_unit', rest: `${before.replace(LEAD, '')}${m[2] ?? ''}开展的${text.slice(m.index + m[0].length)}`, held: true };
}

/** The records of the asker (or of the asker's unit: stamped with it, or by its people). */
export function ownRecords(list: readonly Activity[], whose: Whose, asker: Asker): Activity[] {
  if (whose === 'me' || (!asker.unit && (asker.peers ?? []).length === 0)) return list.filter((a) => a.by === asker.user);
  const peers = new Set([asker.user, ...(asker.peers ?? [])]);
  return list.filter((a) => peers.has(a.by) || (asker.unit !== undefined && a.reporterUnit === asker.unit));
}

/** The line that says whose records the answer counts. */
export function whoseLine(whose: Whose, asker: Asker): string {
  if (whose === 'me' || (!asker.unit && (asker.peers ?? []).length === 0)) return `以下只算你报的记录${whose === 'my_unit' ? '（还不知道你属于哪个单位；登记：单位 添加 <单位> @你）' : ''}：`;
  return `以下只算${asker.unit ?? '你们单位'}报的记录：`;
}
