// A template site's page of sample texts: its heading and blurb ("…方案【精选8篇】", "下面是某某网为您整理的…"), then
// "某某方案 篇一" over the first sample. The sample is the plan: its heading (without 篇一) is the title, the blurb is
// no item, the next sample ("篇二") is not read into it, and the site's list of related articles after it is no
// item either (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (lines: string[]) => parsePlan(lines.join('\n'), { source: 'fanwen.txt', fallbackYear: 2025, importedAt: '', observances: OBSERVANCES }).plan;
const texts = (plan: ReturnType<typeof read>) => plan.items.map((i) => i.text).join('\n');

describe('a page of sample plans', () => {
  it('takes the first sample under its own heading', () => {
    const plan = read([
      '首页 > 范文大全 > 活动方案',
      '读书节活动方案【优选9篇】',
      '写方案之前要想清楚目标,下面是好范文网小编为大家收集的读书节活动方案,欢迎借鉴。',
      '校园读书节活动方案 篇一',
      '一、活动目的',
      '营造书香校园,让学生爱读书、会读书。',
      '二、活动安排',
      '(一)好书推荐会',
      '时间:4月8日下午',
      '地点:报告厅',
      '(二)读书手抄报评比',
      '各班上交手抄报5份。',
      '校园读书节活动方案 篇二',
      '一、活动主题',
      '书香伴我成长',
    ]);
    expect(plan.title).toBe('校园读书节活动方案');
    expect(texts(plan)).not.toMatch(/好范文网|首页|优选/u);
    expect(texts(plan)).not.toContain('书香伴我成长');
    expect(plan.items.find((i) => i.text.includes('好书推荐会'))?.due.map((d) => d.end)).toEqual(['2025-04-08']);
  });
  it('takes a sample numbered 篇1 run on to its name', () => {
    const plan = read(['大家知道策划怎么写吗,下面是某某范文网小编为您分享的植树节活动策划5篇,感谢您的参阅。', '植树节活动策划篇1', '一、活动时间:3月12日', '二、活动内容', '1、各班认领树苗10棵。', '2、开展护绿宣传。']);
    expect(plan.title).toBe('植树节活动策划');
    expect(texts(plan)).not.toContain('范文网');
  });
  it('leaves out the list of related articles after the sample', () => {
    const plan = read(['社区科普活动方案', '一、活动内容', '1、开展科普讲座4场。', '2、发放科普资料。', '【社区科普活动方案】相关文章:', '社区健康讲座方案范文03-02', '社区消防演练方案11-19']);
    expect(texts(plan)).not.toMatch(/相关文章|范文|消防演练/u);
  });
});

describe("a page's breadcrumb", () => {
  it('is not the title', () => {
    const plan = read(['某某范文网', '位置:首页 > 工作方案 > 活动方案', '世界水日宣传活动方案', '一、活动时间', '3月20日至22日', '二、活动内容', '1、发放节水宣传册。', '2、开展节水知识讲座。']);
    expect(plan.title).toBe('世界水日宣传活动方案');
  });
});
