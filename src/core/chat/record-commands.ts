// The commands on records and sign-ups by id: 修改, 关联, 撤销, 活动列表, 报名, 人数, 截止报名, 实到.
import { applyCategoryCorrection } from '../stats/read-category-correction.js';
import { type CategoryKey, categoryOfWord } from '../stats/stat-returns.js';
import type { ActivityPatch } from '../activities/activity-schema.js';
import { parseActivityMessage } from '../activities/parse-activity-message.js';
import { describeActivity } from '../activities/record-activity.js';
import { describeChanges } from '../activities/describe-changes.js';
import type { RequestContext } from '../context.js';
import { describeSignup, getSignup, registerSignup, updateSignupState } from '../headcounts/manage-signups.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import type { CommandEnv } from './command-table.js';
import type { Reply } from './handle-message.js';
import { undoneReply } from './render-log.js';

const EDIT_FIELDS: Array<[RegExp, (value: string, ctx: RequestContext) => ActivityPatch | undefined]> = [
  [/^(人数|headcount)$/iu, (v) => numberPatch(v, (n) => ({ headcount: n }))],
  [/^(日期|date)$/iu, (v, ctx) => {
    const parsed = parseActivityMessage(`${v} 1人`, ctx.today);
    return parsed.ok && parsed.activity.dateSource !== 'default' ? { date: parsed.activity.date } : undefined;
  }],
  [/^(标题|名称|活动|title)$/iu, (v) => (v.trim() ? { title: v.trim() } : undefined)],
  // "修改 <编号> 统计类别 竞赛,科技活动周": exactly these; "无" leaves it unclassified.
  [/^(统计类别|类别|category)$/iu, (v) => {
    const words = v.split(/[,，、\s]+/u).filter((w) => w && !/^(无|不计|未归类)$/u.test(w));
    const keys = words.map(categoryOfWord);
    if (keys.some((k) => !k)) return undefined;
    return { categories: keys.reduce<CategoryKey[]>((set, k) => (k ? applyCategoryCorrection(set, { category: k, mode: 'add' }) : set), []) };
  }],
];

function numberPatch(v: string, make: (n: number) => ActivityPatch): ActivityPatch | undefined {
  const n = parseChineseNumber(v.replace(/(人次|人|名)$/u, ''));
  return n === undefined || n < 0 ? undefined : make(n);
}

export async function undoCommand({ kexie, ctx, match }: CommandEnv): Promise<Reply | undefined> {
  const m = match(/^(?:撤销|撤回|undo)\s*(\S+)?$/iu);
  // "撤回下午那场": words, not a record's number, name the record; the follow-ups read them.
  if (!m || /^(更正|修改|edit)/iu.test(m[1] ?? '') || /\p{Script=Han}/u.test(m[1] ?? '')) return undefined;
  const a = await kexie.undo(ctx, m[1]);
  return undoneReply(a);
}

export async function linkCommand({ kexie, ctx, match }: CommandEnv): Promise<Reply | undefined> {
  const m = match(/^(?:关联|link)\s+(\S+)\s+(.+)$/iu);
  if (!m) return undefined;
  const { activity, itemTitle } = await kexie.link(ctx, m[1] ?? '', (m[2] ?? '').trim());
  return { text: `已将 ${activity.id} 关联到 ${itemTitle}。`, kind: 'activity', activityId: activity.id };
}

export async function editCommand({ kexie, ctx, match }: CommandEnv): Promise<Reply | undefined> {
  const m = match(/^(?:修改|编辑|edit)\s+(\S+)\s+([^\s=:：]+)\s*[=:：]?\s*(.+)$/iu);
  if (!m) return undefined;
  const [, id = '', field = '', value = ''] = m;
  const rule = EDIT_FIELDS.find(([re]) => re.test(field));
  // A unit ("份", "场") sets that figure among the record's others: the record is read once, for this and for the reply.
  const unit = !rule && /^[\p{Script=Han}]{1,2}$/u.test(field) ? numberPatch(value, (n) => ({ metrics: { [field]: n } })) : undefined;
  const before = await kexie.activity(ctx, id);
  const patch = rule ? rule[1](value, ctx) : unit && { metrics: { ...(before?.metrics ?? {}), ...unit.metrics } };
  if (!patch) return { text: '没看懂要改什么。格式：修改 <编号> 人数 150｜修改 <编号> 日期 5月18日｜修改 <编号> 标题 新标题｜修改 <编号> 份 300', kind: 'error' };
  const a = await kexie.edit(ctx, id, patch);
  const changes = before ? describeChanges(before, a, await kexie.listPlans(ctx)) : [];
  return { text: `已修改 ${a.id}${changes.length > 0 ? `：${changes.join('；')}` : ''}\n${describeActivity(a, null)}\n如需还原：撤销更正`, kind: 'activity', activityId: a.id };
}

export async function listCommand({ kexie, ctx, match }: CommandEnv): Promise<Reply | undefined> {
  if (!match(/^(?:活动列表|活动记录|activities)\s*(.*)$/iu)) return undefined;
  // The latest records only: never the whole history for a list of fifteen.
  const recent = (await kexie.recentActivities(ctx, 15)).reverse();
  const lines = recent.map((a) => `• ${a.id} ${a.date} ${a.title}${a.headcount !== null ? ` ${a.headcount}${a.headcountUnit ?? '人'}` : ''}`);
  return { text: recent.length === 0 ? '还没有活动记录。' : ['最近的活动记录：', ...lines].join('\n'), kind: 'activities' };
}

export async function signupCommand({ kexie, ctx, match }: CommandEnv): Promise<Reply | undefined> {
  const store = kexie.deps.storeFor(ctx.workspace);
  let m: string[] | null;
  if ((m = match(/^(?:报名|signup)\s+(\S+)\s+(\S+?)\s*(?:人|名)?\s+(\S+)$/iu))) {
    const count = parseChineseNumber((m[2] ?? '').replace(/(人|名)$/u, ''));
    if (count === undefined) return { text: '格式：报名 <活动名> <人数> <单位>，例如：报名 科普日主场活动 5人 第一中学', kind: 'error' };
    const s = await registerSignup(store, ctx, { event: m[1] ?? '', count, unit: m[3] ?? '' });
    return { text: `已登记：${m[3]} ${count} 人。\n${describeSignup(s)}`, kind: 'signup', signupId: s.id };
  }
  if ((m = match(/^(?:人数|报名情况|headcount)\s+(\S+)$/iu))) return { text: describeSignup(await getSignup(store, m[1] ?? '')), kind: 'signup' };
  if ((m = match(/^(?:截止报名|关闭报名|close)\s+(\S+)$/iu))) {
    const s = await updateSignupState(store, ctx, m[1] ?? '', { close: true });
    return { text: `已截止报名。\n${describeSignup(s)}`, kind: 'signup', signupId: s.id };
  }
  if ((m = match(/^(?:实到|到场人数|attendance)\s+(\S+)\s+(\S+?)\s*(人次|人|名)?$/iu))) {
    const n = parseChineseNumber(m[2] ?? '');
    if (n === undefined) return { text: '格式：实到 <活动名> <人数>，例如：实到 科普日主场活动 180人', kind: 'error' };
    const event = m[1] ?? '';
    await updateSignupState(store, ctx, event, { close: true });
    // The organiser says the number: it is stored as said, without a question.
    const logged = await kexie.log(ctx, `${event}，实到${n}${m[3] ?? '人'}`);
    const result = logged.ok || logged.reason !== 'ask' ? logged : await kexie.confirm(ctx, logged.pending);
    if (!result.ok) return { text: result.message, kind: 'error' };
    const s = await updateSignupState(store, ctx, event, { attendance: n, activityId: result.activity.id });
    return { text: `已记录实到人数，并记为活动 ${result.activity.id}。\n${describeSignup(s)}`, kind: 'activity', activityId: result.activity.id, signupId: s.id };
  }
  return undefined;
}
