// The command table as data: what each chat command is called, how it is written, and an example. The router
// (command-table.ts), 帮助 and the "没看懂" suggestions are all generated from this one list.
import { matchKey } from '../text/normalize.js';

export type CommandGroup = '问计划' | '记录活动' | '更正与撤销' | '报名' | '提醒与单位' | '导出与总结' | '计划';

export interface CommandInfo {
  /** The handler's name in command-table.ts; `question` entries are answered by the question reader. */
  name: string;
  group: CommandGroup;
  /** How it is written, shown in 帮助. */
  usage: string;
  /** Words that suggest it when a message is not understood. */
  words: string;
}

export const COMMANDS: readonly CommandInfo[] = [
  { name: 'question', group: '问计划', usage: '本月 / 下个月 / 本季度 / 本周 / 9月 有什么要做的', words: '这个月 下个月 本季度 本周 要做 任务 安排 待办' },
  { name: 'question', group: '问计划', usage: '哪些任务逾期了 ｜ 科普部负责的任务 ｜ 关于科技馆的任务 ｜ 查看 三/2', words: '逾期 负责 部门 关于 查看 全文' },
  { name: 'question', group: '问计划', usage: '科普日的目标完成多少了 ｜ 企业科协还差几家', words: '目标 完成 进度 差几 多少了' },
  { name: 'question', group: '问计划', usage: '今年开了几场培训了 ｜ 上半年覆盖了多少群众 ｜ 上周都做了什么', words: '几场 多少人 覆盖 做了什么 统计 最近一次' },
  { name: 'question', group: '问计划', usage: '科技周还有几天 ｜ 全委会什么时候开 ｜ 今天要干嘛', words: '还有几天 什么时候 今天 干嘛 倒计时' },
  { name: 'question', group: '问计划', usage: '五一以来做了哪些活动 ｜ 组织宣传部下个月有什么任务 ｜ 在各学校办过哪些活动 ｜ 哪些单位这个月还没报 ｜ 实验小学报了几个人', words: '以来 春节后 国庆 月底前 后天 学校 乡镇 没报 未报送 报了几个' },
  { name: 'question', group: '问计划', usage: '我是科普部 → 我们部门有什么任务 ｜ 三/1 已完成', words: '我是 我们部门 我的任务 已完成 进行中 未完成 标记' },
  { name: 'log', group: '记录活动', usage: '记录 5月17日 科普周开幕式，参加群众800人次（不写“记录”也行；几行一起发，每行一条）', words: '记录 登记 活动 参加 人数 举办 开展 讲座 log' },
  { name: 'pending', group: '记录活动', usage: '我没把握时会先问一句：回复 记录 / 不是活动，或直接写要改的（“日期是11月5日”“120人”“是去年的”）', words: '确认 记录 不是活动 不记 是 对' },
  { name: 'list', group: '记录活动', usage: '活动列表', words: '活动列表 活动记录 最近 记录了哪些' },
  { name: 'followup', group: '更正与撤销', usage: '刚才那条人数应为85人 ｜ 改成周四 ｜ 120人 ｜ 不是展览是竞赛 ｜ 是去年的 ｜ 讲座那条人数写错了，应该是59人', words: '更正 不对 错了 写错 应为 应该是 改成 刚才那条 上一条 这条' },
  { name: 'followup', group: '更正与撤销', usage: '补充：还发放资料200份（加到同一条记录）｜ 这条算到科普日那项下面 ｜ 这条算竞赛 ｜ 这条不算讲座（年报的统计类别）', words: '补充 另外 还发了 算到 挂到 归到 统计类别 算竞赛 不算讲座' },
  { name: 'followup', group: '更正与撤销', usage: '删掉 ｜ 讲座那条删了 ｜ 撤销更正（一步步退回）', words: '删掉 删除 不算 作废 撤销更正 改回去' },
  { name: 'edit', group: '更正与撤销', usage: '修改 <编号> 人数 150 ｜ 修改 <编号> 日期 5月18日 ｜ 修改 <编号> 标题 新标题 ｜ 修改 <编号> 份 300 ｜ 修改 <编号> 统计类别 竞赛', words: '修改 编辑 编号 edit' },
  { name: 'link', group: '更正与撤销', usage: '关联 <编号> 三/2', words: '关联 计划条目 link' },
  { name: 'undo', group: '更正与撤销', usage: '撤销 [编号]（记录保留在历史中）', words: '撤销 撤回 undo' },
  { name: 'signup', group: '报名', usage: '报名 科普日主场活动 5人 第一中学 ｜ 人数 科普日主场活动 ｜ 截止报名 … ｜ 实到 科普日主场活动 180人', words: '报名 人数 截止 实到 到场 接龙' },
  { name: 'sheet', group: '报名', usage: '发起报名 科普日主场活动 截止9月10日 每单位限10人', words: '发起报名 接龙 报名表' },
  { name: 'subscription', group: '提醒与单位', usage: '订阅 本月待办 ｜ 订阅 到期提醒 提前3个工作日 ｜ 订阅列表 ｜ 负责人 科普部 @张三 ｜ 单位 添加 城关镇科协 @王五 ｜ 本月未报送', words: '订阅 提醒 负责人 单位 未报送 取消订阅' },
  { name: 'export', group: '导出与总结', usage: '导出 本季度（台账 Excel）｜ 导入台账（上传 .xlsx/.csv）｜ 进度图 ｜ 活动趋势', words: '导出 台账 excel 进度图 图表 趋势' },
  { name: 'stats', group: '导出与总结', usage: '年报 2026 ｜ 统计 上半年（科普统计调查·科普活动表、科协基本情况表，附 Excel 和每个数的明细）', words: '年报 统计 报表 统计表 科普统计 年度统计' },
  { name: 'summary', group: '导出与总结', usage: '总结 本季度 ｜ 总结 上半年 Word', words: '总结 起草 word 半年 季度 summary' },
  { name: 'import', group: '计划', usage: '导入 <文件>（.txt .md .docx .doc .pdf）', words: '导入 计划 文件 工作要点 import' },
  { name: 'plan', group: '计划', usage: '计划列表 ｜ 删除计划 2 ｜ 计划年份 2025 ｜ 科技活动周 2026年5月16日至23日', words: '计划列表 删除计划 计划年份 纪念日 日期 设置' },
  { name: 'help', group: '计划', usage: '帮助', words: '帮助 help 菜单 怎么用' },
];

/** 帮助: every command by group, generated from the table. */
export function helpText(): string {
  const groups = [...new Set(COMMANDS.map((c) => c.group))];
  const lines = ['我可以回答问题、记录活动、接受更正（简体、繁體、English 均可）：'];
  for (const g of groups) {
    lines.push(`【${g}】`);
    for (const c of COMMANDS.filter((x) => x.group === g)) lines.push(`• ${c.usage}`);
  }
  return lines.join('\n');
}

/** The two or three commands closest to a message that was not understood, by shared characters. */
export function suggestionsFor(text: string, count = 3): string[] {
  const key = matchKey(text);
  const pairs = new Set([...key].slice(0, -1).map((c, i) => c + key[i + 1]));
  const scored = COMMANDS.map((c, order) => {
    const words = matchKey(c.words + c.usage);
    let score = 0;
    for (const p of pairs) if (words.includes(p)) score += 2;
    for (const ch of new Set(key)) if (/\p{Script=Han}/u.test(ch) && words.includes(ch)) score += 0.2;
    return { c, score, order };
  });
  const best = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || a.order - b.order).slice(0, count);
  const picked = best.length > 0 ? best : scored.filter((s) => ['log', 'question', 'followup'].includes(s.c.name)).slice(0, count);
  return picked.map((s) => s.c.usage.split(' ｜ ')[0] ?? s.c.usage);
}

/** "没看懂这句话" with the closest things to try. */
export function notUnderstoodText(text: string): string {
  return `没看懂这句话。可以试试：\n${suggestionsFor(text).map((s) => `• ${s}`).join('\n')}\n发送“帮助”查看全部用法。`;
}
