// Counts of publicity put up, written in Chinese numerals ("张贴海报(每栋楼两份)", "悬挂横幅五条"), are targets as
// "发放宣传册五百份" is; a slogan in quotes is not (issue 17).
import { describe, expect, it } from 'vitest';
import { parseTargets } from '../../src/core/plans/parse-targets.js';

const read = (text: string) => parseTargets(text, 2025).map((t) => `${t.value}${t.unit}`);

describe('counts of posters and banners', () => {
  it('reads them in Chinese numerals', () => {
    expect(read('4月1日张贴活动海报(每栋教学楼两份)')).toEqual(['2份']);
    expect(read('在校门口悬挂宣传横幅五条')).toEqual(['5条']);
    expect(read('印制节水手册八百册')).toEqual(['800册']);
  });
  it('leaves a slogan alone', () => {
    expect(read('张贴“两个维护”主题标语')).toEqual([]);
  });
});
