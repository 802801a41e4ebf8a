// Slips of the pinyin input method and of speech-to-text that decide how a report reads: a homophone typed
// for the activity word ("科普将座" for 讲座) or for a counting word ("资料两百分" for 两百份). The table is
// small and general on purpose: only same-sound pairs (the slips a pinyin input method makes when the first
// candidate is taken; Chen & Lee, "A new statistical approach to Chinese Pinyin input", ACL 2000, discuss
// them), for the words that decide what kind of event a report is. Each fix keeps the text's length.

/** Activity words typed with a same-sound character: wrong → right, each of the same length. */
const SLIPS: ReadonlyArray<readonly [string, string]> = [
  ['将座', '讲座'],
  ['讲坐', '讲座'],
  ['讲做', '讲座'],
  ['陪训', '培训'],
  ['赔训', '培训'],
  ['展揽', '展览'],
  ['展缆', '展览'],
  ['竟赛', '竞赛'],
  ['比塞', '比赛'],
  ['咨洵', '咨询'],
  ['资询', '咨询'],
  ['义珍', '义诊'],
  ['宣穿', '宣传'],
  // "果树砖家两个": speech-to-text gives 砖家 for 专家, the experts who came to teach.
  ['砖家', '专家'],
  // "志愿着去了十几个": speech-to-text gives 志愿着 for 志愿者, the volunteers who went.
  ['志愿着', '志愿者'],
  // "大学生自愿者十二个": 自愿 (willing) typed for 志愿 (volunteer), the same sound; 自愿者 is no word of its own.
  ['自愿者', '志愿者'],
];
const SLIP = new RegExp(SLIPS.map(([wrong]) => wrong).join('|'), 'gu');
const RIGHT = new Map(SLIPS);

/** Things handed out by the copy: after them, 分 is a slip for 份 ("宣传资料两百分"). */
const COPIES = /((?:资料|材料|传单|手册|折页|宣传单|宣传品|问卷|读本|书籍)[^，,。；;！!？?\n\d一二两三四五六七八九十百千万]{0,3}(?:\d+|[一二两三四五六七八九十百千万]+)(?:多|余|来)?)分(?![钟之析别])/gu;

/** "应道32个实到29个": 应道/实道 before a number are speech-to-text slips of 应到/实到. */
const ARRIVED = /([应实])道(?=\s*(?:人数)?\s*[:：]?\s*[\d一二两三四五六七八九十百])/gu;

/** The text with these slips fixed; same length as the input. */
export function fixInputSlips(text: string): string {
  return text.replace(SLIP, (w) => RIGHT.get(w) ?? w).replace(COPIES, '$1份').replace(ARRIVED, '$1到');
}

/** A space between two Han characters, or a Han character and a digit: a word gap in spaced typing. */
const WORD_GAP = /(?<=[\p{Script=Han}\d])[ 　]+(?=[\p{Script=Han}])|(?<=[\p{Script=Han}])[ 　]+(?=\d)/gu;

/**
 * "昨天 国际减灾日 跟 应急局 一起 在 实验小学 做了 讲座，学生 共 620 人，应急局 来了 3 个 讲师": a one-line message
 * typed with a space between every word is read as if written together, so "学生 共 620 人" and "3 个 讲师" keep their
 * people. Only one line with many such gaps: a list's columns ("11月23日 县一中 620人") keep their spaces.
 */
export function withoutWordGaps(text: string): string {
  if (text.includes('\n') || text.includes('\t')) return text;
  const gaps = text.match(WORD_GAP)?.length ?? 0;
  const hanRuns = text.match(/\p{Script=Han}+/gu) ?? [];
  const short = hanRuns.length > 0 && hanRuns.reduce((n, r) => n + r.length, 0) / hanRuns.length <= 4;
  return gaps >= 6 && short ? text.replace(WORD_GAP, '') : text;
}
