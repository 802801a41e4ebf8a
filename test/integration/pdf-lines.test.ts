// PDF text rebuilt from positioned pieces: wrapped paragraphs (across a page too), a centred title, a task
// table whose long cell wraps around a vertically centred 序号, owner and deadline.
import { describe, expect, it } from 'vitest';
import { pdfPagesToLines } from '../../src/infra/documents/pdf-lines.js';

const piece = (x: number, y: number, text: string, size = 10): { x: number; y: number; right: number; size: number; text: string } => ({ x, y, right: x + text.length * size, size, text });

describe('pdfPagesToLines', () => {
  it('keeps a paragraph wrapped at the foot of a page one paragraph, drops the page number, and keeps a centred title apart', () => {
    const page1 = [
      piece(200, 800, '某县科协工作安排', 18),
      piece(72, 760, '一、组织开展科普讲座进社区活动，覆盖全县各乡镇和社区，全年'),
      piece(290, 40, '1'),
    ];
    const page2 = [piece(72, 800, '不少于20场。'), piece(72, 785, '二、9月底前完成年度考核。')];
    expect(pdfPagesToLines([page1, page2])).toEqual(['某县科协工作安排', '一、组织开展科普讲座进社区活动，覆盖全县各乡镇和社区，全年不少于20场。', '二、9月底前完成年度考核。']);
  });

  it('assembles a table row from the lines of a vertically centred row, without mixing its neighbours', () => {
    const lines = pdfPagesToLines([
      [
        piece(72, 700, '序号'), piece(110, 700, '工作任务'), piece(350, 700, '责任单位'), piece(440, 700, '完成时限'),
        piece(110, 685.2, '举办全国科普日主场活动，组织专家'),
        piece(74, 671.6, '1'), piece(110, 670.8, '开展展览、讲座等活动不少于'), piece(350, 670.8, '科普部'), piece(440, 670.8, '9月20日前'),
        piece(110, 656.5, '30场'),
        piece(74, 642.4, '2'), piece(110, 641.6, '开展青少年科技创新大赛'), piece(350, 641.6, '青少年中心'), piece(440, 641.6, '第二季度'),
        piece(110, 626.8, '组织科技辅导员培训2期'), piece(350, 626.8, '青少年中心'), piece(440, 626.8, '7月'),
      ],
    ]);
    expect(lines).toEqual([
      '1、举办全国科普日主场活动，组织专家开展展览、讲座等活动不少于30场。牵头部门：科普部。完成时限：9月20日前。',
      '2、开展青少年科技创新大赛。牵头部门：青少年中心。完成时限：第二季度。',
      '3、组织科技辅导员培训2期。牵头部门：青少年中心。完成时限：7月。',
    ]);
  });
});
