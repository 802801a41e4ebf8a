// Event sign-ups: each unit registers how many it brings; the organiser closes sign-up and records attendance.
import { AppError, NotFoundError } from '../errors.js';
import type { RequestContext } from '../context.js';
import type { Store } from '../ports.js';
import { stableId } from '../text/hash.js';
import { matchKey } from '../text/normalize.js';
import { stripControls } from '../text/sanitize.js';
import type { Signup } from './signup-schema.js';

const findEvent = (signups: Signup[], event: string): Signup | undefined => signups.find((s) => matchKey(s.event) === matchKey(event));

/** Adds or updates a unit's count for an event (creating the event on first sign-up). */
export async function registerSignup(store: Store, ctx: RequestContext, raw: { event: string; unit: string; count: number; names?: string[]; contact?: string }): Promise<Signup> {
  // What a modal sends is stored without controls or bidi overrides.
  const clean = (text: string): string => stripControls(text).trim();
  const input = { ...raw, event: clean(raw.event), unit: clean(raw.unit), ...(raw.names ? { names: raw.names.map(clean).filter(Boolean) } : {}), ...(raw.contact !== undefined ? { contact: clean(raw.contact) } : {}) };
  if (!Number.isInteger(input.count) || input.count < 0) throw new AppError('bad_input', '人数不能为负数，也必须是整数。');
  return store.updateSignups((signups) => {
    let s = findEvent(signups, input.event);
    if (!s) {
      s = { id: `e${stableId(matchKey(input.event)).slice(0, 6)}`, event: input.event, organiser: ctx.user, createdAt: ctx.now, closed: false, entries: [], attendance: null, activityId: null };
      signups.push(s);
    }
    if (s.closed) throw new AppError('signup_closed', `“${s.event}”已截止报名。`);
    if (s.deadline && ctx.today > s.deadline) throw new AppError('signup_closed', `“${s.event}”的报名已于${s.deadline}截止。`);
    if (s.limitPerUnit !== undefined && input.count > s.limitPerUnit) throw new AppError('bad_input', `“${s.event}”每个单位最多报 ${s.limitPerUnit} 人。`);
    const existing = s.entries.find((e) => matchKey(e.unit) === matchKey(input.unit));
    if (existing) {
      if (existing.by !== ctx.user && !ctx.isAdmin && s.organiser !== ctx.user) throw new AppError('not_allowed', `“${existing.unit}”的人数由其他人登记。`);
      existing.count = input.count;
      existing.at = ctx.now;
      if (input.names) existing.names = input.names;
      if (input.contact !== undefined) existing.contact = input.contact;
    } else s.entries.push({ unit: input.unit, count: input.count, by: ctx.user, at: ctx.now, ...(input.names ? { names: input.names } : {}), ...(input.contact !== undefined ? { contact: input.contact } : {}) });
    return structuredClone(s);
  });
}

/** An event's sign-ups. */
export async function getSignup(store: Store, event: string): Promise<Signup> {
  const s = findEvent(await store.listSignups(), event);
  if (!s) throw new NotFoundError('报名活动', event);
  return s;
}

/** Closes sign-up, or records the actual attendance (organiser or admin only). */
export async function updateSignupState(store: Store, ctx: RequestContext, event: string, change: { close?: boolean; attendance?: number; activityId?: string }): Promise<Signup> {
  return store.updateSignups((signups) => {
    const s = findEvent(signups, event);
    if (!s) throw new NotFoundError('报名活动', event);
    if (s.organiser !== ctx.user && !ctx.isAdmin) throw new AppError('not_allowed', `只有组织者可以操作“${s.event}”。`);
    if (change.close) s.closed = true;
    if (change.attendance !== undefined) {
      if (change.attendance < 0) throw new AppError('bad_input', '实到人数不能为负数。');
      s.attendance = change.attendance;
      s.closed = true;
    }
    if (change.activityId) s.activityId = change.activityId;
    return structuredClone(s);
  });
}

/** "科普日主场活动：共 12 人（第一中学 5，第二中学 7）". */
export function describeSignup(s: Signup): string {
  const total = s.entries.reduce((n, e) => n + e.count, 0);
  const lines = [`${s.event}：报名共 ${total} 人${s.closed ? '（已截止）' : ''}`, ...s.entries.map((e) => `• ${e.unit}：${e.count} 人`)];
  if (s.attendance !== null) lines.push(`实到：${s.attendance} 人`);
  return lines.join('\n');
}
