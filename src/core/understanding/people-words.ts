// People named by words no list knows ("5个大夫", "30多个大爷大妈", "3个外部评委", "俩放映员"): recognised by
// the head of the noun (员, 师, 者, 夫, 妈…) or a people word after a short modifier, so "个" is never stored
// for them. Reads at most 8 characters.

/** The last character of a noun of people: 放映员, 讲师, 大夫, 作者, 网友, 大爷大妈, 娃娃, 护士, 教官, 游客, 机手, 民警. */
const HEAD = /[员生师长夫者众民友妈爷娃姐哥叔姨婶伯奶嫂婆士官客匠手警]$/u;
/** People words without such a head, after up to three characters of modifier ("外部评委", "县里的专家"). */
const PEOPLE_WORD = /^[\p{Script=Han}]{0,3}?(评委|常委|执委|专家|科学家|企业家|作家|画家|行家|嘉宾|郎中|村医|老人|老头(?:子|儿)?(?:老太(?:太|婆)?)?|老太(?:太|婆)?|老汉|大人|小孩|孩子|宝宝|姑娘|媳妇|老乡|乡亲|街坊|邻居|同志|同事|干部|代表|骨干|书记|主任|人员|工人|职工|员工|家长|家属|妇女|儿童|青少年|少年|农户|(?<!机器|稻草|木偶)人(?![次民工]))/u;
/** Words with a people head that are not people ("卫生", "便民", "成长", "或者"). */
const NOT_PEOPLE = /(卫生|发生|产生|民生|人生|写生|花生|出生|生生|养生|众生|便民|惠民|为民|利民|全民|亲民|爱民|成长|增长|生长|延长|擅长|专长|特长|动员|满员|或者|再者|前者|后者|两者|三者|公众号|大众|把手|扶手|抓手|拉手|入手|着手|出手|动手|联手|携手|伸手|顺手|随手|亲手|分手|接手|插手|招手|洗手|报警|预警|火警|告警|示警)$/u;
/** What follows a people word inside a name of a thing or a group: 学生会, 村民小组, 志愿者服务站, 家长学校. */
// "两个移民村", "三个搬迁户小区": a place named by who lives in it.
const THING_AFTER = /^(?:村(?![民委])|寨|屯|小区|社区|安置点|小组|组|会|队|群|之家|家|站|点|室|所|院|团|中心|协|校|学校|班|社|项|间|区|厅|馆|证|服|网|号|课|部|处|科|局|库|台|栏|代表队|活动|讲堂|课堂|夜校|书屋|驿站)/u;

/**
 * The noun of people at the start of `s` (the words right after a count's unit), if it is one: "大夫顺带量血压" →
 * "大夫", "大爷大妈听了" → "大爷大妈", "外部评委打分" → "外部评委"; undefined for "展位", "学生会", "村民小组".
 */
export function leadingPeopleNoun(s: string): string | undefined {
  const run = /^[\p{Script=Han}]{1,6}/u.exec(s)?.[0] ?? '';
  // "加带队老师5人", "来讲课": a verb or a joining word opens what follows, not a noun.
  if (/^[加和及与跟带来去到在是有的了都也还又给让被把从对为帮请共另]/u.test(run)) return undefined;
  const word = PEOPLE_WORD.exec(run);
  if (word && !THING_AFTER.test(run.slice(word[0].length))) return word[0];
  for (let len = Math.min(5, run.length); len >= 2; len--) {
    const cand = run.slice(0, len);
    if (HEAD.test(cand) && !NOT_PEOPLE.test(cand) && !THING_AFTER.test(run.slice(len))) return cand;
  }
  // "俩娃", "几个娃": one character that is people alone.
  return /^[娃人](?![\p{Script=Han}])/u.test(s) ? run.slice(0, 1) : undefined;
}
