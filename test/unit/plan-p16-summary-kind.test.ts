// A document site's copy of a year's summary: its buttons ("下载本文档", "文档简介"), then "1、<title> <first words>" run
// into one line, in traditional characters, the page cut in chunks numbered 1、2、. The title is read apart from the
// first paragraph, and a 纲要 the summary names in its first sentence ("…全民科学素质行动计划纲要精神") does not make
// that paragraph a plan part (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (lines: string[]) => parsePlan(lines.join('\n'), { source: 'zongjie.txt', fallbackYear: 2021, importedAt: '', observances: OBSERVANCES });

describe('a summary on a document site', () => {
  it('is read as a summary under its own title', () => {
    const { plan, report } = read([
      '下載本文檔',
      '版權說明:本文檔由用戶提供并上傳,若內容存在侵權,請進行舉報',
      '文檔簡介',
      '1、2021年科普進社區工作總結 2021年科普進社區 為深入貫徹落實全民科學素質行動計劃綱要精神,我縣以社區居民為重點,開展了形式多樣的科普活動,提高了居民的科學素質?,F(xiàn)將一年來的工作總結如下: 一年來,我縣整合各方資源,科普工作穩步推進。一是積極爭取科普畫廊項目。加強協調,及時下發文件,調動',
      '2、各街道 _積極性,為畫廊建設創造條件。二是做好畫廊維護工作。今年我縣對各社區畫廊進行了集中維修。三是成立科普志願者隊伍。縣科協成立了志願者隊伍,由科技館統一管理。 發揮畫廊宣傳陣地作用,各社區將畫廊作為科學普及的一個重要手段來抓,將科技',
    ]);
    expect(plan.title).toBe('2021年科普進社區工作總結');
    expect(report.kind).toBe('summary');
    expect(plan.items).toEqual([]);
  });
});
