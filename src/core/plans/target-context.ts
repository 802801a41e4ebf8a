// Numbers next to a target that are not one: the scene a task starts from ("聚焦我市131项企业技术需求",
// "立足…产值突破150亿元的优势"), a cap on each entry sent in ("每个活动不超过五张"), and the attendance of
// a meeting reported ("约50余人参加了会议"). Each test looks at a bounded window: linear in the text.

/** Verbs that set the scene: what the task looks at or builds on, not what it makes. */
const SCENE = /(?:聚焦|立足|依托|围绕|针对|基于|瞄准|对接|梳理出?)(?!.*(?:开展|举办|组织|召开|建设|新建|建成|创建|实施|培育|打造|完成|新增|评选|发放|培训|推出|引进|服务|选派|走访|帮助|解决))/u;

/** True when the clause before a number only sets the scene for the task after it. */
export function setsTheScene(clause: string): boolean {
  return SCENE.test(clause);
}

/**
 * True for a cap on each entry ("每个活动不超过五张/段") or on the size of one team or entry ("集体项目(参与者不超过3人)",
 * "每队队员不超过5名"): a format rule, not a goal.
 */
export function capsEachEntry(clause: string, comparator: string, unit = ''): boolean {
  // A quota of entries per sender or per category ("每校不超过2项", "作品每类不超过3件") is a cap the office works to;
  // not one per entrant ("每人限报1件"), a rule for the entrants as 作者 is.
  const quota = /^(?:件|项|篇|部|个|幅)$/u.test(unit) && /每(?:个|一|家|所)?(?:单位|学校|校|机构|类|类别|学会|县|区|乡镇)[^，,。；;每]{0,8}$/u.test(clause);
  return comparator === 'at_most' && ((!quota && /每[^，,。；;]{0,10}$/u.test(clause)) || /(?:参与者|作者|队员|组员|成员|团队人数|小组人数|集体项目|集体作品)[^，,。；;]{0,6}$/u.test(clause));
}

/**
 * True for a meeting's attendance ("约50余人参加了会议", "30人出席会议"), and for the bodies whose people attended
 * ("11家成员学会主管领导及通讯员参加会议"): who came to a meeting reported, not work to do.
 */
export function countsAttendance(unit: string, after: string): boolean {
  if (/^(?:人|名|人次)$/u.test(unit) && /^(?:左右|以上)?\s*(?:参加了|出席|参会|与会|列席)/u.test(after)) return true;
  return /^(?:家|个|所)$/u.test(unit) && /^[^，,。；;]{0,16}?(?:领导|负责人|代表|人员|联络员|通讯员)[^，,。；;]{0,4}(?:参加了?|出席了?|列席了?)(?:会议|座谈会|活动)/u.test(after);
}

/** The organiser's final pick of entries ("最终每类推选不超过10个项目"): what the jury chooses, not the reader's work. */
export function finalPick(clause: string): boolean {
  return /最终[^，,。；;]{0,6}(?:推选|评选|评出|选出|遴选|确定)[^，,。；;]{0,6}$/u.test(clause);
}

/**
 * True when the text ends on the first character of the counted thing's level ("建立1家市" where a page was cut,
 * "市级…" lost): what is counted is unknown. A whole noun after the count ("6500亩示范片") is kept.
 */
export function cutOff(rest: string): boolean {
  return /^[国省市县区镇乡]$/u.test(rest);
}
