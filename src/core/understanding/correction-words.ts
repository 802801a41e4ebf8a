// The words of a correction: its lead, what it says is wrong, where the new value starts, which record it names,
// and the two whole-message shapes that need no value (a kind of event swapped, a unit swapped).
import type { Correction } from './read-correction.js';

/** "您好，…", "hi, …", "哎呀，…", "哎不对…": a greeting or an interjection before a follow-up; it names no record and says nothing of what changes. */
export const GREETING = /^(?:(?:哎|唉|哎呀|哎哟|啊|呃|嗯|哦|噢)(?=不对|错了|搞错|弄错|说错|记错|写错|打错)|(?:\p{Script=Han}{1,2}(?:老师|主任|科长|部长|站长|馆长|书记|局长|经理|主席|姐|哥)(?:您好|你好|好)|您好|你好|老师好|领导好|打扰一下|打扰您一下|打扰了|打扰您了|大家好|各位好|各位老师好|各位|不好意思|抱歉|对不起|哈喽|嗨|哎呀|哎哟|啊呀|哎|唉|呃|嗯|噢|哦|糟糕|糟了|hi|hello|hey|btw|by the way)[呀啊哈哦哟啦嘛]{0,2}\s*[,，!！。~～\s]+|(?:实在|真)?(?:不好意思|抱歉|对不起)[呀啊哈哦哟啦嘛]{0,2}(?=\p{Script=Han}))/iu;
export const LEAD = /^(?:我|俺|咱)?(更正|纠正|修正|订正|改正|勘误|correction|correct|fix|更改|改一下|修改一下|sorry|oops|不对|错了|搞错了|弄错了|说错了|记错了|写错了|打错了|说错|搞错|弄错|记错|写错|打错)(?:一下|咧|啦|哩|嘞|哈|了)*\s*[:：,，。!！]?\s*/u;
/** "人数改一下，…", "日期更正一下：…": the field named, then a word of fixing it; the value follows. */
export const FIELD_FIX = /^(?:的)?(人数|人次|日期|时间|资料|户数|场次|数字)(?:要|得|需要)?(?:改一下|改下|改改|更正一下|更正下|修改一下|修改下|更正|修改|更改)\s*[:：,，。!！]?\s*/u;
/** "should count toward 科技活动周", "goes under 科普日": the plan item, in English. */
export const EN_LINK = /\b(?:should\s+)?(?:be\s+)?(?:count(?:s|ed)?\s+(?:toward|towards|under|for|as part of)|go(?:es)?\s+under|belongs?\s+(?:to|under)|(?:be\s+)?(?:linked|filed|put|listed)\s+under|link(?:ed)?\s+(?:it\s+)?to)\s+(?:the\s+)?([^,，。;；]+?)\s*(?:[,，。;；]|$)/u;
/** How a figure was mistyped or misreported ("少打了个1", "多写了一个0", "之前少报了"): no new value in itself. */
export const SLIP = /(颠倒|多写|少写|写多|写少|多打|少打|多算|少算|多报|少报|报多|报少|漏报)/u;
export const WRONG = /(写错|搞错|记错|弄错|打错|说错|错了|有误|[记写弄搞填打]反了|颠倒|多写|少写|写多|写少|多打|少打|多算|少算|多报|少报|报多|报少|漏报)/u;
/** "重新核了一下，150人左右", "复核后是…": the figure counted again is the value to set. */
export const RECHECKED = /(?:重新(?:核|数|统计|算|清点|点)|再(?:核|数|统计|清点))(?:对|实|算|计)?了?(?:一下|一遍|下)?|核实了?(?:一下)?|核对了?(?:一下)?|复核(?:了一下|了|后)?/u;
/** "准确是213人", "确切数字是64人": the exact figure, counted after the fact, is the value to set. */
export const TO = /(应该记为|应记为|记为|应该为|应该是|应为|应是|改成|改为|更正为|更新为|更新成|调整为|调整成|(?:变成|变为)(?=\s*[约近]?[\d一二两三四五六七八九十百千])|实际是|实际为|实为|(?:实际|其实)(?:上)?(?:只|就|才)?(?:来了|到了|到场|参加了?|发了|发放了?|发出去了?|发出了?|送出去了?|送出了?|服务了?)(?=\s*[约近]?[\d一二两三四五六七八九十百千])|(?:实际|其实)(?:上)?(?:只|就|才)?(?:有|来了|到了|到场|参加了?)?(?=\s*(?:大概|大约|差不多|估计|估摸着?)\s*[约近]?[\d一二两三四五六七八九十百千]+\s*(?:人次|人|名|位|个人))|(?:实际|其实)上?(?:是)?(?:分了?|分成了?|办了|开了|讲了|搞了|是)(?=\s*[\d一二两三四五六七八九十]+\s*(?:场|期|批|轮|次课))|其实是|实际上是|就是|(?:准确|确切|精确)的?(?:数字|数|人数)?[是为]|should be|should have been)/u;
export const REF = /(那条|这条|此条|该条|本条|那一?批|这一?批|那节课|这节课|那堂课|这堂课|那场|这场|那次|这次|那回|这回|那个|这个(?![月周季星年礼])|上一条|上条|刚才那条|刚才的|刚才|第([一二三四五12345])条)/u;
export const FIELD_WORDS: Array<[RegExp, 'headcount' | 'date' | string]> = [
  [/(人数|人次|参加人|到场|people|attendees|headcount)/u, 'headcount'],
  [/(日期|时间|哪天|date|day)/u, 'date'],
  [/(户数|农户)/u, '户'],
  [/(场次)/u, '场次'],
  [/(资料|宣传册|册数)/u, '份'],
];
// "挂在/记在/放在…" link only when what follows is a plan's item ("记在活动周里", "放在科普日那项"), not a place
// ("那场讲座放在文化广场了").
export const LINK = /(挂到|关联到|归到|算到|算作|算在|记到|放到|(?:挂在|归在|记在|放在)(?=[^，,。；;]{1,16}?(?:里|下面|名下|那项|这项|项下|任务|计划))|属于|链接到|对应|(?<=(?:应该|应当|应|也|^这个|^那个|^这条|^那条|^这场|^那场))算(?:是)?(?!了|一下|下|错|上|不|是对)|^算(?=[^，,。；;]{2,12}的))(.+?)(?:[,，。]|不是|$)/u;
/** "别挂科技活动周了", "这条不算科技活动周的" (不算 an item's words 的: not that item's, not deleted). */
export const UNLINK = /(?:不要|不用|别|不该|不应该|不能)(?:挂|关联|算到|算在|归到|算进|记到|挂到|放到)|不算(?=[^，,。；;]{2,12}的(?:活动|任务|项目)?(?:[，,。；;]|$))/u;
/** "结束日期改成…", "截止时间应为…": the field is the span's last day; 结束 names no record. */
export const END_DATE = /^(?:这条|那条|刚才那条)?(?:的)?(?:结束|截止|闭展|闭幕)(?:日期|时间)/u;

/** "时间搞错了，不是周六，…", "人数不是95，…": a lead that only names the wrong field, before the old value and the new. */
// "折页报错了，不是…": a thing handed out, said wrong, leads as a field would.
export const FIELD_WRONG_LEAD = /^(?:的)?(?:[\p{Script=Han}]{1,4}?(?:好像|可能)?(?:写错了|搞错了|记错了|弄错了|说错了|打错了|报错了|错了|不对|有误)|(?:人数|日期|日子|时间|资料|户数|场次)?(?:好像|可能)?(?:写错了|搞错了|记错了|弄错了|说错了|打错了|报错了|错了|不对|有误)?)\s*[,，。]?\s*(?=(?:并)?不是)/u;
/** "起始日期错了", "应该是7月4号开馆的": the first day of a span is what is wrong; its last day stays. */
export const START_DATE = /(?:起始|开始|开幕|开展|开馆|开营|开班|开课|首日)(?:日期|时间|那天|的日子)|(?:开始|开幕|开馆|开营|开班|开课)的?[。!！]?$/u;
/** "是到2月28号才结束的", "到10月8号才撤的": the day said is the span's last. */
export const ENDS_ON = /^(?:一直)?(?:到|至)[^，,。；;]{1,12}?(?:才|就)?(?:结束|截止|闭展|闭幕|撤展|撤|闭馆|收尾)|^[^，,。；;]{1,12}?才(?:结束|截止|闭展|闭幕|撤展|撤|闭馆|收尾)/u;
/** "名字写错了，it's 3D打印 not 3D建模", "标题不对，是航模竞赛不是车模竞赛", "地点写错了，是…中学，不是…中学": the title (or the place in it) named wrong, then its new word and old. */
// "村名写错了", "校名打错了": the name of the place held at is a word of the title too.
export const TITLE_SAID = /(?:标题|名称|名字|题目|地点|地方|场地|(?:村|镇|乡|校|地|社区|小区|学校|单位)名(?:字|称)?|\btitle\b|\bname\b)[^，,。]{0,4}(?:写错|搞错|弄错|打错|错了|不对|有误|\bwrong\b)/u;
/** "村名写错了，不是青山村，是青石村": the old word denied first, then the new one. */
export const TITLE_NOT_IS = /(?:^|[\s,，。:：])(?:并)?不是\s*(?<old>[^\s,，。!！]{1,16}?)\s*[,，]\s*(?:而|就)?(?:是|应该是|应为)\s*(?<fresh>[^\s,，。!！]{1,16}?)\s*[。!！]?$/u;
export const TITLE_NOT = /(?:^|[\s,，。:：])(?:是|应该是|应为|it['’]?s|it is|should be)\s*(?<fresh>[^\s,，。!！]{1,16}?)\s*[,，]?\s*(?:而不是|不是|并非|\bnot\b)\s*(?<old>[^\s,，。!！]{1,16})/u;
/** "ran till 5/20", "lasted until the 20th": in English, the day said is the span's last. */
export const EN_ENDS_ON = /\b(?:till|until|thru|through|ended on)\s+(?:the\s+)?\d/u;
/** "竞赛标题错了，是航模不是车模": the words before 标题 (if any) name the record; the rest swaps a word of its title. */
export const TITLE_WRONG = /^([\p{Script=Han}]{0,8}?)(?:那条|那场|那次|的)?(?:标题|名称|活动名称|题目|名字)(?:写错了|搞错了|弄错了|记错了|打错了|错了|不对)\s*[,，。]?\s*/u;
/** "算流动科技馆巡展那条任务的，别挂到…", "应该算科技志愿服务下乡的，…": the item said before an unlink is where the record goes. */
export const LINK_BEFORE_UNLINK = /^(?:应该|应当|应|其实|就)?(?:也)?算(?:是)?([^，,。；;]{2,20}?)(?:那一?条|那一?项|这一?条|这一?项)?(?:任务|项目|工作)?的?\s*[,，。；;]?\s*$/u;

/** A clause that says a record is not an item's ("不算科技活动周的"), which no deletion reads. */
export const NOT_ITEMS = /不算[^，,。；;]{2,12}的(?:活动|任务|项目)?$/u;
/** "开的其实是常委会": a new name of the kind of event, when no figure or date is given. */
export const EVENT_NAME = /^[\p{Script=Han}]{1,10}(会|赛|展|展览|讲座|培训|活动|课|节|营|论坛|沙龙|演练|下乡|集)$/u;
/** "日期有一个写错了", "其中一条": one record of several, which the author does not name. */
export const UNNAMED = /(?:有[一两几]?[个条场次项]|其中(?:有)?[一两][个条场次项]|某一?[个条场次项])(?:的)?(?:日期|时间|人数|数字|数)?(?:写|记|搞|弄|打|说|填)?(?:错|不对|有误|反)|one of (?:them|the)/u;
/** "the 19号 one", "the 青石镇 one": a few words between "the" and "one" that name the record. */
export const EN_NAMED = /\bthe\s+([^\s,，。]{1,12}(?:\s+[^\s,，。]{1,12})?)\s+one\b/u;
export const EN_REF = /\b(?:the\s+)?(first|second|third|last|latest|previous)\s+(?:one|record|entry|report)\b/u;
/** "参观科技馆的是65人", "西村那场是68人": a few words, then 是 and a counted figure. */
export const NAMED_FIGURE = /^([\p{Script=Han}\d]{2,14}?)(?:那场|那次|那条|的)?(?:实际上?|其实|实)?(?:是|为|有)\s*[约近]?[\d一二两三四五六七八九十百千万]+\s*(?:人次|人|名|位|份|块|条|场|个|户|件|册|张|项)/u;
/** Kinds of event a correction may name its record by ("那个讲座", "展览…"). */
const KINDS = '讲座|培训|展览|展|竞赛|比赛|义诊|咨询|宣传|演练|下乡|赶集|实验课|实验|参观|放映|电影|论坛|沙龙|夏令营|冬令营|研学|开放日|座谈会|报告会|交流会';
/** "那个讲座实际…", "那场培训人数…": the kind right after 那个/那场, before the field or the new value. */
export const KIND_AFTER_REF = new RegExp(`^(?:的)?((?:${KINDS}))(?=(?:的)?(?:人数|日期|时间|资料|户数|场次|标题|题目|名称|名字|实际|应该|应|其实|改|写错|搞错|记错|弄错|不对|有误|是|为|来了|到了|[,，\\s]))`, 'u');
/**
 * "那个村的户数…", "那个社区人数…": the kind of place right after 那个, before the field; it names every record held in
 * such a place (the end of a place's name: 杏林村, 南湖社区, 城关小学).
 */
export const PLACE_AFTER_REF = /^(?:的)?(村|社区|小区|乡|镇|街道|小学|中学|幼儿园|敬老院)(?=(?:的)?(?:人数|人次|日期|时间|资料|户数|场次|份数|写错|搞错|记错|弄错|报错|不对|有误))/u;
/** "展览延到19号才撤的": the kind the message opens on. */
export const KIND_NAMED = new RegExp(`^[\\p{Script=Han}]{0,6}?(${KINDS})`, 'u');
/** "不是展览是竞赛", "写成培训了，…是职工技能竞赛": the kind of event, no figure or date on either side. */
export function kindSwap(body: string): { field: 'title'; value: string; old?: string } | undefined {
  const m =
    /^(?:的)?(?:其实|实际上?|本来)?(?:不是|并不是|并非)(?<old>[\p{Script=Han}]{1,8}?)[,，]?\s*(?:而|就)?是\s*[“"'「『]?(?<fresh>[\p{Script=Han}]{1,16})/u.exec(body) ??
    /^是(?<fresh>[\p{Script=Han}]{1,12}?)[,，]?\s*(?:而)?不是(?<old>[\p{Script=Han}]{1,8}?)(?:[,，。!！]|$)/u.exec(body) ??
    /^写成(?:了)?(?<old>[\p{Script=Han}]{1,8}?)了?[,，].{0,8}?(?:应该|其实|实际)?是(?<fresh>[\p{Script=Han}]{1,12})/u.exec(body);
  const old = m?.groups?.old;
  const fresh = m?.groups?.fresh?.replace(/(的|啊|哈|了)$/u, '');
  if (!old || !fresh || KIND_FIGURE_OR_DATE.test(`${old}${fresh}`) || /^(人|人次)$/u.test(fresh) || /(人数|日期|时间)/u.test(`${old}${fresh}`)) return undefined;
  return { field: 'title', value: fresh, old };
}
export const YEAR = /^(?:(?:应该|应|其实)?是|年份(?:应该|应)?是|不是今年(?:的)?[,，]?\s*是)?(去年|前年|今年)(?:的|办的|搞的|举办的)?(?:活动)?[。!！]?$/u;
/** A figure or a day within a kind of event; a numeral inside a name ("红十字会", "三下乡") or 日 of "科普日" is none. */
const KIND_FIGURE_OR_DATE = /\d|[一二两三四五六七八九十百千万]+\s*(?:人|个|名|位|份|场|户|次|月|日|号|天|块|件|条|期|班)|今天|昨天|前天|上周|本周|周[一二三四五六日天]|星期/u;
export const FIGURE_OR_DATE = /[\d一二两三四五六七八九十百千万]|(今天|昨天|前天|上周|本周|周[一二三四五六日天]|星期|月|日|号)/u;

/**
 * "150是人次哈，不是150个人", "是人次不是人": the unit of the headcount was wrong, its number right. The number
 * (when written) names the record; the headcount keeps it.
 */
/** "上面", "刚才": where in the chat a record was said; words that point back and name none. */
export const POINTER_ONLY = /^(?:刚才|刚刚|上一条|最后一条|之前|前面|前边|前头|上面|上边|上头)(?:的)?$/u;

export function unitSwap(body: string): Correction | undefined {
  // "巡展那个680是人次，学生两天都看了，不是680人": the record named before the number, and a reason before the denial.
  const m = /^(?:(?<words>\p{Script=Han}{2,8}?)(?:那个|那场|那条|那次|这个)(?=\d))?(?:人数)?(?:的)?(?<n>\d+)?\s*(?:人)?(?:应该|应|其实|实际)?(?:是|算|记|为)(?<to>人次|人)[哈啊呀的吧嘛]{0,2}(?:[,，。!！]\s*[^,，。!！\d]{2,20}?(?=[,，。!！]))?[,，。!！]?\s*(?:而)?(?:不是|并非)\s*(?<m>\d+)?\s*(?:个)?(?<from>人次|人)/u.exec(body) ??
    /^(?:人数)?(?:的)?不是\s*(?<m>\d+)?\s*(?:个)?(?<from>人次|人)[,，]?\s*(?:而|就)?(?:应该)?是\s*(?<n>\d+)?\s*(?<to>人次|人)(?=[哈啊呀的吧嘛]{0,2}(?:[,，。!！\s]|$))/u.exec(body);
  const g = m?.groups;
  if (!g || g.to === g.from || (g.n && g.m && g.n !== g.m)) return undefined;
  const n = g.n ?? g.m;
  return { field: 'headcount', value: null, unit: g.to === '人次' ? '人次' : '人', approximate: false, ...(n ? { old: Number(n) } : {}), ref: g.words && !POINTER_ONLY.test(g.words) ? { words: g.words } : {} };
}

/**
 * "应该按人次算，540人次", "这个要按人次统计": the headcount's unit was wrong. A figure written in that unit names the
 * record that holds it and keeps its number.
 */
export function countedAs(body: string): Correction | undefined {
  // "应该算人次，不是人": 算 before the unit says the same, when nothing but a denial follows.
  const m = /(?:应该|应当|应|要|得)?按(?<unit>人次|人头|人数)(?:来)?(?:算|统计|计|记)/u.exec(body) ?? /(?:应该|应当|应|要|得)(?:算|记|写|填|报|统计)(?:成|为|作)?(?<unit>人次)(?=[,，。!！\s]|而?不是|$)/u.exec(body);
  if (!m?.groups?.unit) return undefined;
  const unit = m.groups.unit === '人次' ? '人次' : '人';
  const figure = new RegExp(`(\\d+)\\s*${unit}(?!次)`, 'u').exec(body);
  // "展览那个2600是三天累计的，应该算人次": a bare number before 是 names the record too, and the words before it.
  const bare = figure ? null : /^([\p{Script=Han}]{2,8}?)?(?:那个|那场|那条|这个|的)?(\d{2,})(?=是|那个是|这个是)/u.exec(body);
  const n = figure?.[1] ? Number(figure[1]) : bare?.[2] ? Number(bare[2]) : undefined;
  return { field: 'headcount', value: n ?? null, unit, approximate: false, ...(n !== undefined ? { old: n } : {}), ref: bare?.[1] ? { words: bare[1] } : {} };
}
