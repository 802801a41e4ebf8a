// A third quarter of twenty varied records (talks, visits, trips to villages, a period report, milestones), logged through the core on the sample plan.
import { readFileSync } from 'node:fs';
import { SAMPLE_PLAN } from '../../src/compose.js';
import type { KexieDeps } from '../../src/core/kexie.js';
import { kexieForTests } from './kexie-for-tests.js';

/** What staff wrote over the quarter, one message a record. */
export const VARIED_Q3 = [
  '7月3日 在城关镇中心小学举办科普讲座，参加学生320人次',
  '7月10日 科普讲座进社区（东关社区），讲座2场，参加群众180人次',
  '7月22日 专家服务团下乡到李庄村，服务农户45户，参加群众60余人',
  '8月5日 科技馆接待暑期参观，参观群众1200人次',
  '8月12日 专家服务团下乡，服务农户38户，参加群众52人',
  '8月20日 新成立企业科协1家（县电力公司科协）',
  '8月26日 防灾减灾应急科普讲座，参加群众150人次，发放资料600份',
  '9月份共开展科普讲座12场，受众1800人次',
  '9月8日 在城关二小举办科普讲座，参加学生200人次',
  '9月6日 专家服务团下乡到王集镇，服务农户40户，参加群众70人',
  '9月12日 流动科技馆巡展进校园（实验小学），参观学生900人次',
  '9月16日 全国科普日主场活动在人民广场举办，参加群众3000余人次，发放科普资料5000份',
  '9月18日 科普日乡镇联动活动，开展活动12场，参加群众1500人次，发放资料2000份',
  '9月20日 流动科技馆巡展进校园（二中），参观学生700人次',
  '9月23日 建言献策信息已报送3条',
  '9月25日 走访慰问科技工作者12人次',
  '9月1日 科技馆接待参观，参观群众860人次',
  '9月28日 新成立企业科协2家',
  '9月29日 科技馆接待参观，参观群众650人次',
  '9月30日 召开科技工作者座谈会，参加科技工作者35人',
];

export const Q3 = { start: '2026-07-01', end: '2026-09-30', label: '2026年第三季度' };

/** The quarter logged on `today` (after it by default), with the plan, the records and the core. */
export async function variedQuarter(today = '2026-10-15', extra: Partial<KexieDeps> = {}) {
  const t = kexieForTests(today, extra);
  const ctx = t.kexie.context({ user: 'U1' });
  await t.kexie.importPlan(ctx, { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample' });
  for (const line of VARIED_Q3) {
    const r = await t.kexie.log(ctx, line);
    if (!r.ok) throw new Error(`${line}: ${r.message}`);
  }
  return { ...t, ctx, activities: await t.kexie.activities(ctx), plans: await t.storeFor('local').listPlans() };
}
