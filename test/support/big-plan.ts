// Large inputs for limit tests: a plan of hundreds of items (with targets and owners) and one item of 5,000 characters.

/** A plan text of `count` tasks under 一…十 sections; item 一/1 has a paragraph of `longChars` characters on one line. */
export function bigPlanText(count = 500, longChars = 5000): string {
  const sections = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  const per = Math.ceil(count / sections.length);
  const lines = ['大县科协2026年工作要点', ''];
  let n = 0;
  for (const s of sections) {
    lines.push(`${s}、第${s}方面工作`, '');
    for (let k = 1; k <= per && n < count; k++, n++) {
      const body =
        n === 0
          ? `开展科普<讲座>&交流活动${'围绕科学素质提升，组织专家深入基层宣讲，'.repeat(Math.ceil(longChars / 20)).slice(0, longChars)}全年不少于20场次。牵头部门：科普部。`
          : `开展第${n + 1}项科普服务活动，${k % 12 + 1}月底前完成，全年不少于${(n % 9) + 2}场次，参与群众不少于${(n % 7) + 1}000人次。牵头部门：科普部${n % 5}。`;
      lines.push(`${k}、${body}`, '');
    }
  }
  return lines.join('\n');
}
