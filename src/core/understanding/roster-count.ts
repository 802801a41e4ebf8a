// A sign-in list pasted as a report ("#接龙 …签到\n1. 赵建国\n2. 钱秀英\n…"): the names are the people who came, and
// a number inside a name ("何二娃", "朱老三") is no figure. The names are read as their count.

/** A heading that says the lines below are who signed in or were present. */
const ROSTER_HEAD = /签到|点名|到会名单|参会名单|出席名单|参加人员名单|实到名单/u;
/** "21. 何二娃": a numbered line holding one person's name and nothing else. */
const NAME_LINE = /^\s*(\d{1,3})\s*[.、．)）]?\s*(\p{Script=Han}{2,4})\s*$/u;
/** A line naming a place or a body, not a person: "3. 东风村". */
const NOT_A_PERSON = /(?:村|镇|乡|社区|街道|校|所|站|馆|局|院|中心|公司|协会|小组|组|队)$/u;

/** A count of people written in words or digits: "二十来人", "23人", "30 名". */
const PEOPLE_COUNT = /[\d一二两三四五六七八九十百]\s*(?:来|多|余|几)?\s*(?:个人|人|名|位)/u;

/**
 * The message with a run of three or more numbered names under a sign-in heading written as their count
 * ("签到名单共23人"), or undefined when it holds none.
 */
export function rosterAsCount(text: string): string | undefined {
  const lines = text.split('\n');
  const head = lines.findIndex((l) => ROSTER_HEAD.test(l));
  if (head < 0) return undefined;
  let [first, count] = [-1, 0];
  for (let k = head + 1; k < lines.length; k++) {
    const m = NAME_LINE.exec(lines[k]!);
    if (m && Number(m[1]) === count + 1 && !NOT_A_PERSON.test(m[2]!)) {
      if (first < 0) first = k;
      count++;
      continue;
    }
    // "#接龙", "7月21日 防暑小讲堂": up to three lines heading the names (the day, the event) before them.
    if (first >= 0 || k - head > 3) break;
  }
  // "…现场实际二十来人": a count of who came written beside the names is theirs to give.
  const rest = [...lines.slice(head + 1, first), ...lines.slice(first + count)].join('\n');
  if (count < 3 || PEOPLE_COUNT.test(rest)) return undefined;
  return [...lines.slice(0, first), `签到名单共${count}人`, ...lines.slice(first + count)].join('\n');
}
