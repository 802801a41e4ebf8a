// Finds the counted figures in a report: 参加群众800人次, 来了三十来人, 两千余份, 五六十人, "300+ attendees".
// Numbers come from one linear scan; each is then read with a few characters around it, never the whole text.
import { scanNumbers, type NumberToken } from '../text/scan-numbers.js';
import { bareHeadcount, notAnActivityFigure, UNPUNCTUATED_NEXT } from './figure-background.js';

/** A number with its unit: a headcount candidate or another figure. */
export interface Figure {
  index: number;
  length: number;
  value: number;
  /** The upper bound of a range, when one was written. */
  max?: number;
  unit: string;
  people: boolean;
  approximate: boolean;
  /** The words just before the number in its clause ("参加群众"). */
  context: string;
  /** The noun right after the unit, if any ("8个展位" → "展位"). */
  noun: string;
  /** The rest of its clause after the unit ("会员到河湾村帮着搞夏剪"), up to 16 characters. */
  after: string;
  written: string;
}

/** A count left without a unit or a word that says what it counts ("估计八百多"). */
export interface UnreadNumber {
  index: number;
  value: number;
  written: string;
}

/** A number that cannot be stored as written (negative, too large, scientific notation). */
export interface BadFigure {
  written: string;
  problem: 'negative' | 'too_large';
}

const PEOPLE_UNITS = ['人次', '号人', '口人', '人', '名', '位'];
const OTHER_UNITS = [
  '万元', '亿元', '场次', '课时', '学时', '小时', '场', '次', '份', '册', '块', '件', '个', '家', '期', '篇', '幅', '张',
  '本', '套', '台', '所', '项', '条', '处', '批', '户', '组', '支', '辆', '元', '亩', '头', '只', '吨', '部', '株', '棵',
  '节', '门', '间', '座', '集', '面', '种', '类', '盒', '袋', '瓶', '箱', '副', '具', '册次', '份次', '人天', '批次',
].sort((a, b) => b.length - a.length);
const UNITS = [...PEOPLE_UNITS, ...OTHER_UNITS].sort((a, b) => b.length - a.length);
const APPROX_BEFORE = /(约|大约|大概|(?<![最附])近|将近|接近|超过|逾|差不多|估计|about|around|approximately|approx\.?|nearly|over|roughly|some|~)\s*(?:有|是)?\s*$/u;
const APPROX_WORDS = ['左右', '上下', '出头', '以上', '好几', '来', '多', '余', '+', '几'];
const PEOPLE_NOUNS = /((?<!机器|稻草|木偶)人(?![次民工])|大户|娃|技术员|负责人|秘书|骨干|委员|理事|学生|孩子|小朋友|同学|群众|居民|村民|老人|家长|市民|代表|专家|志愿者|老师|教师|职工|干部|会员|学员|观众|听众|游客|人员|农民|青少年|儿童|妇女|科技工作者|企业家|选手|果农|菜农|茶农|花农|[蜂棉粮蔗烟菇药瓜桑蚕椒参姜蒜桃梨枣橘柑]农(?![业药技资机田场具历贸副产家作膜科协])|[渔牧灾股彩网山乡]民|(?:养[\p{Script=Han}]{1,2}|种[\p{Script=Han}]{1,2}|贫困|脱贫|低保|商|住|用)户|老乡|乡亲|师生|员工|工人|营员|党员|村干部|农户|养殖户|种植户|家庭|亲子|医生|护士|医护|助教|执委|村医|教官|消防员|民警|警察|教练|律师|工程师|农艺师|教授|社员|组员|队员|讲解员|老同志|同志)/u;
const EN_PEOPLE = /^(?:[a-z-]+\s+){0,2}?(person-times|person-time|ppl|pax|attendees|participants|people|persons|visitors|students|pupils|residents|guests|villagers|kids|children|teachers|volunteers|farmers|workers|staff|employees|scientists|seniors|elderly|members|parents|citizens|delegates|experts|audience|pupils|engineers|judges|doctors|technicians|trainees|employees)\b/u;
const EN_UNITS: Record<string, string> = {
  leaflets: '份', brochures: '份', copies: '份', flyers: '份', pamphlets: '份', booklets: '册', books: '册',
  sessions: '场', lectures: '场', talks: '场', events: '场', workshops: '场', consultations: '次', boards: '块', items: '件',
  projects: '项', papers: '篇', exhibits: '件', posters: '张', households: '户',
};
const PEOPLE_AHEAD = new RegExp(`^\\s*[\\p{Script=Han}]{0,3}?(${PEOPLE_NOUNS.source.slice(1, -1)})`, 'u');
const PEOPLE_RIGHT_AFTER = /^(?:学生|孩子|小朋友|同学|群众|居民|村民|老人|家长|市民|观众|听众|游客|农民|果农|菜农|茶农|职工|员工|工人|师生|学员|会员|党员|村干部|干部)/u;
const EN_STAFF_BEFORE = /\b(volunteers|staff|experts|judges|teachers|docents|guides)(?:\s+on duty)?\s*[:：]?\s*$/u;
const SERVE_VERBS = /(参加|参与|服务|接待|覆盖|培训|吸引|到场|来了|出席|受益)/u;
const EN_ATTENDED = /^(attended|came|joined|showed up|took part)/u;
/** Groups of people counted by the group ("3个班", "5个村"), not by head. */
const GROUPS = /^(班|组(?!员)|队(?!员)|车间(?!工人|职工|员工|主任|干部|代表(?!队))|代表队|参赛队|队伍|村(?!民|干部|医)|校(?!长|友|医)|社区(?!居民|群众)|单位|部门|乡镇|镇|乡|街道|学校|年级|小组|支队)/u;
/** "5个乡干部", "3个村代表": people of a place, counted by head. */
const GROUP_PEOPLE = /^(?:乡镇|镇|乡|村|社区|街道)(?:干部|代表|党员|会员|居民|村民|群众)/u;
/** What was counted when it ends the clause before a number ("群众问题三十余个"): not people. */
const THING_TAIL = /(团队|团体|队伍|班级|问题|提问|疑问|留言|诉求|建议|意见|项目|作品|展品|展板|展位|课题|难题|成果|专利|案例|村|社区|学校|单位|企业|合作社|基地|站点|展区|台|摊位?|桌|点|栏|车)$/u;
/** A 村民小组 or team named by its number after going there ("在四组文化坝子", "到三组院坝"): a place, not a count. */
const PLACE_BEFORE = /(?:在|到|去|于|从|住)\s*$/u;
const PLACE_AFTER = /^(?:文化|院坝|坝子|广场|活动室|会议室|晒场|场院|村委)/u;
/** A comparison or a target in the clause before a number: its figures are context, not the event's. */
const COMPARED = /(?:较|比|相比|对比|比起|超过|低于|高于)\s*(?:了\s*)?(?:去年|上年|往年|前年|上届|上次|上回|上月|上个月|上周|上期|上季度|同期|以前|以往|平时|平常|原计划|计划|目标|[\d\s]{2,}|二〇|[\d一二三四五六七八九十]{1,2}\s*(?:月|季度))|同比|环比|(?:计划|目标|任务数?)\s*(?:是|为|数)/u;
/** A clause that opens on an earlier period ("去年国庆是9800人次"): compared when the same unit was counted before. */
const EARLIER = /^(?:去年|上年|往年|前年|上届|上次|上回)/u;
/** The parts before 各 ("上下午各", "两天各办了"), then the number each had. */
const EACH_OF = /(上下午|上午下午|上午和下午|上午、下午|早晚|周六日|周六周日|周六和周日|[两二三四五六七八九十]\s*(?:天|个?(?:乡镇|村|社区|学校|班|校区|点)))\s*(?:都)?\s*各\s*(?:办了?|搞了?|讲了?|放了?|演了?|开了?|上了?)?\s*$/u;
const SERIES_EACH = /^(?:场|次|期|批|轮|节)/u;
const MEETING_AFTER = /^(全委会|常委会|全会|全体会议|代表大会|会议|会|主席团)/u;

/** Figures in a normalised, lower-cased text (dates already blanked out), and numbers it refuses. */
export function findFigures(text: string): { figures: Figure[]; bad: BadFigure[]; loose: number[]; unread: UnreadNumber[] } {
  const tokens = scanNumbers(text);
  const byStart = new Map<number, NumberToken>(tokens.map((t) => [t.start, t]));
  const figures: Figure[] = [];
  const bad: BadFigure[] = [];
  /** Where numbers written alone, with no unit, start. */
  const loose: number[] = [];
  /** Where counts start that no unit or people word explains ("估计八百多"): what they count is not known. */
  const unread: UnreadNumber[] = [];
  const consumed = new Set<number>();
  /** The unit of the people counts that end the lines of a pasted list ('' when fewer than two lines do). */
  let listUnit: string | undefined;
  /** Numbers after "各" whose parts are known ("上下午各一场" → 2). */
  const eachTimes = new Map<number, number>();
  for (const token of tokens) {
    if (consumed.has(token.start)) continue;
    const before = text.slice(Math.max(0, token.start - 16), token.start);
    if (/第\s*$/u.test(before) || /届\s*$/u.test(before)) continue;
    // "4D影院", "3D打印", "5G基站", "3F 会议室": a digit glued to one Latin letter names a thing, it counts nothing.
    if (token.arabic && /^[DdGgFf](?![A-Za-z])/u.test(text.slice(token.end, token.end + 2))) continue;
    // "2. 东风社区…": a list's line number, not a count (the line before may end in people).
    if ((token.start === 0 || /\n[ \t　]*$/u.test(before)) && /^[.．、)）](?!\d)/u.test(text.slice(token.end, token.end + 1))) continue;
    // "上下午各一场", "周六日两天各办了一场": sessions each of a known number of parts are counted in all.
    const each = EACH_OF.exec(before);
    const parts = each ? partsOf(each[1] ?? '') : 0;
    if (parts > 1 && SERIES_EACH.test(text.slice(token.end, token.end + 2))) eachTimes.set(token.start, parts);
    // "一户一人", "人手一份": a rule of how many each, not a count.
    if (token.written === '一' && !eachTimes.has(token.start) && /(一[\p{Script=Han}]|每|人手|各)\s*$/u.test(before)) continue;
    // "问题一个接一个", "一场又一场": an idiom of many, not a count.
    // "一家一家敲门", "一户一户走": one after another, not a count.
    if (token.written === '一' && (/^[个场次批拨](?:接|又|挨)一/u.test(text.slice(token.end, token.end + 4)) || /一[个场次批拨](?:接|又|挨)$/u.test(before) || /^([个家户村组])一\1/u.test(text.slice(token.end, token.end + 3)) || /一([个家户村组])$/u.test(before) && text.slice(token.end, token.end + 1) === before.slice(-1))) continue;
    // "加上我跟另一位老师", "另外一个同事": another one, not a count.
    if (token.written === '一' && /另(?:外)?\s*$/u.test(before)) continue;
    // "算到哪一项里头": a question of which one, not a count.
    if (token.written === '一' && /哪\s*$/u.test(before)) continue;
    // "跟我一块去", "一块儿搞": together, not one 块.
    if (token.written === '一' && /^块(?:儿|去|来|走|过去|过来|参加|搞|办|干|做|看|学|听|下|上|出)/u.test(text.slice(token.end, token.end + 3))) continue;
    // "“二十四节气与农耕”科普课", "《从算盘到芯片》": a number inside a short quoted title names, not counts.
    if (insideShortQuote(text, token.start)) continue;
    // "每个乡镇一场", "每天一场": how many each, not a count.
    if (/^[一两]$/u.test(token.written) && /每[^，,。;；]{0,6}$/u.test(before)) continue;
    // "打算每个月请1次", "下一步还要…", "调查问卷预计发放600份": what is planned is not counted.
    // "后面还有两次，等都办完了再一起报": sessions still to come.
    if (/(打算|计划|下一步|后续|以后|还要|将要|预计|拟|准备(?:再|要|下|明|后|于|在)|(?:后面|后边|后头|之后|接下来|往后)还(?:有|剩|得))[^，,。;；]{0,12}$/u.test(before)) continue;
    // "主要集中在航天和人工智能两个展区": where things were, not a count.
    if (/(集中在|分布在|主要在)[^，,。;；]{0,12}$/u.test(before)) continue;
    // "每期二三十个孩子", "每场80人": how many a session holds, not a count (每天2名专家值守 is who served).
    if (/每(?:期|场|次|班|节课?|轮)[^，,。;；]{0,4}$/u.test(before)) continue;
    // "会员从年初的四百多人发展到五百多人": a body's growth, not who came to something.
    if (/(?:发展|增加|增长|提高|提升|扩大|上升|下降|减少)(?:到|至)\s*$/u.test(before) || (/(?:从|由)[^，,。;；]{0,8}$/u.test(before) && /^[^，,。;；]{0,8}(?:发展|增加|增长|提高|提升|扩大|上升|下降|减少)(?:到|至)/u.test(text.slice(token.end, token.end + 16)))) continue;
    // "零部件": 零 is not a count of nothing.
    if (token.written === '零') continue;
    // "单日最高3412人次", "平均每场80人": a detail of a total, not another count.
    // "馆里人最多，一天进了4100多人次" is the day's count; "单日最高是10月3号，3412人次" is a detail.
    if (/(最高|最多|最少|平均|峰值|单日)(?:[^，,。;；]{0,14}|[^，,。;；]{0,12}[，,]\s*(?:达到?|为|是|有)?\s*)$/u.test(before)) {
      // "B站直播同时在线最高1300多": an online audience's peak beside the room's; what it counts is asked.
      if (/(在线|线上|直播)/u.test(clauseBefore(before)) && token.value >= 10) unread.push({ index: token.start, value: token.value, written: text.slice(token.start, token.end) + (/^(?:多|余|来|左右|\+)/u.exec(text.slice(token.end, token.end + 2))?.[0] ?? '') });
      continue;
    }
    // "元旦三天占了3000出头": a part of a total already counted, not a second figure.
    if (/占(?:了|去了?)?\s*$/u.test(before)) continue;
    // "全年10所学校任务完成": the year's task, not a count of what was done.
    if (/(全年|年度任务|目标)\s*$/u.test(before)) continue;
    // "较去年同期的25人次", "比去年春节多了三千来人次", "同比增加30人次", "目标是2000份": what it is compared with.
    if (COMPARED.test(clauseBefore(before))) continue;
    let pos = skipSpaces(text, token.end);
    let max = token.max;
    // 50-60人, 50至60人: a range.
    if ('-~～—至到'.includes(text[pos] ?? '_')) {
      const next = byStart.get(skipSpaces(text, pos + 1));
      if (next && !next.invalid && next.value > token.value) {
        max = next.value;
        consumed.add(next.start);
        pos = skipSpaces(text, next.end);
      }
    }
    // 上千人次, 上万人: 上 before 百/千/万 means "some"; 线上200人 is not approximate.
    const some = /上\s*$/u.test(before) && /^[百千万]/u.test(token.written);
    let approximate = token.approximate || max !== undefined || some || APPROX_BEFORE.test(before);
    const approxWord = APPROX_WORDS.find((w) => text.startsWith(w, pos) && (w !== '来' || !/^来[了到自]/u.test(text.slice(pos, pos + 2))));
    // "40几位": digits and 几 are "forty-odd" ("+" likewise follows digits only).
    if (approxWord && ((approxWord !== '+' && approxWord !== '几') || token.arabic)) {
      approximate = true;
      pos = skipSpaces(text, pos + approxWord.length);
    }
    // "进万家", "千会带万户", "百校": a lone 百/千/万 is part of a name unless it is loose ("上千人", "千余人").
    if (/^[百千万]$/u.test(token.written) && !approximate && !approxWord) continue;
    let unit = UNITS.find((u) => text.startsWith(u, pos));
    let end = unit ? pos + unit.length : pos;
    // "累计开放142天": the days a place was open, counted (not an event's length, "为期3天").
    // "开馆27天", "10天里共接待": the days a place was open in a period's total ("两天里共展出" is an event's length).
    if (!unit && text.startsWith('天', pos) && (/(?:(?:累计|共计|一共|总共|合计|共)(?:对外)?(?:开放|开馆|营业|运行)|(?:^|[，,。;；：:\s])(?:开放|开馆|营业))了?\s*$/u.test(before) || /^天(?:里|内|中|时间里)\s*(?:共|累计|一共|总共|合计)\s*接待/u.test(text.slice(pos, pos + 10)))) {
      unit = '天';
      end = pos + 1;
    }
    // "来了俩专家": 俩 and 仨 carry their 个.
    if (!unit && (token.written === '俩' || token.written === '仨')) unit = '个';
    // "来了一千五左右的人": a loose figure of people, with 的 between.
    if (!unit && approxWord && /^的(?:人|群众|观众|居民|村民|学生)/u.test(text.slice(pos, pos + 4))) {
      unit = '人';
      end = pos + 2;
    }
    // "来了两百多学生": a loose figure with the people right after it, no unit between.
    if (!unit && approxWord && approxWord !== '+' && PEOPLE_RIGHT_AFTER.test(text.slice(pos, pos + 5))) unit = '人';
    let people = unit !== undefined && PEOPLE_UNITS.includes(unit);
    let bare = false;
    const clause = clauseBefore(before);
    if (!unit) {
      const word = /^[a-z]+(?: up| part)?/u.exec(text.slice(pos, pos + 20))?.[0] ?? '';
      const enPeople = EN_PEOPLE.exec(text.slice(pos, pos + 48));
      if (enPeople || EN_ATTENDED.test(word)) {
        unit = enPeople?.[1]?.startsWith('person-time') ? '人次' : '人';
        people = true;
        end = pos + (enPeople ? enPeople[0].length : 0);
      } else if (/(?:来了|到了|参加了?|到场|参会)\s*$/u.test(before) && /^\s*($|[,，。;；!！\n])/u.test(text.slice(pos, pos + 2)) && !token.approximate) {
        // "来了120，…": the people who came, the unit left out.
        unit = '人';
        people = true;
      } else if (EN_STAFF_BEFORE.test(text.slice(Math.max(0, token.start - 30), token.start)) && /^\s*($|[,，。;；!！.]|in total)/u.test(text.slice(pos, pos + 9))) {
        // "volunteers on duty 26 in total": the people named just before the number.
        unit = '人';
        people = true;
      } else if (EN_UNITS[word]) {
        unit = EN_UNITS[word];
        end = pos + word.length;
      } else if (/(人数|人次|实到|应到|到会|参会|出席|headcount|attendance|attendees)[\p{Script=Han}]{0,3}?\s*[:：为是有达约]*\s*$/u.test(before) || approxWord === '出头' || (PEOPLE_NOUNS.test(clause) && approxWord !== undefined && approxWord !== '来' && approxWord !== '多' && approxWord !== '余' && /^\s*($|[,，。;；!！\n])/u.test(text.slice(pos, pos + 2))) || (PEOPLE_NOUNS.test(clause.slice(-4)) && (approxWord === '+' || SERVE_VERBS.test(clause)) && token.end - token.start <= 7 && !/^[+]?[\p{Script=Han}a-z]/u.test(text.slice(token.end, token.end + 2))) || (token.end - token.start <= 9 && bareHeadcount(text.slice(Math.max(0, token.start - 40), token.start), text.slice(pos, pos + 3))) || (token.end - token.start <= 7 && bareAfterPeople(clause, text.slice(token.end).replace(/^(?:[+多余来]|左右|上下|出头|以上)/u, '').slice(0, 3), before))) {
        unit = /人次\s*[:：为是有达约]*\s*$/u.test(before) ? '人次' : '人';
        // No unit written: the words after the number ("学生1200多 带队老师30") are the next figure's.
        bare = true;
        people = true;
      } else if ((listUnit ??= peopleListUnit(text)) !== '' && endsPeopleLine(text, before, pos)) {
        // "下午 东关社区 科普展 大概200" among lines that end "350人", "百余人": the line's people, the unit left out.
        unit = listUnit;
        people = true;
        bare = true;
      } else if (/(?:资料|宣传单|宣传页|宣传册|手册|折页|明白纸)(?:发放|发出|派发|发)?了?\s*[:：约共计]*\s*$/u.test(before)) {
        // "资料发了800+": leaflets handed out, counted in 份 though the unit is left out.
        unit = '份';
      } else {
        // "科普電影 2場 300 500": a number standing alone, its unit left out; what it counts is asked, not dropped.
        if (token.arabic && token.value >= 10 && !(token.value >= 1900 && token.value <= 2100) && /\s$/u.test(before) && !/(^|\n)[ \t]*$/u.test(before) && /^(\s|$)/u.test(text.slice(token.end, token.end + 1))) loose.push(token.start);
        // "咨询的群众估计八百多", "人嘛有六十多": a count whose unit is left out is not read, and not dropped in silence.
        else if (unreadCount(token, text, before, pos)) unread.push({ index: token.start, value: token.value, written: text.slice(token.start, pos).trim() });
        continue;
      }
    }
    if ((unit === '组' || unit === '队') && !people && PLACE_BEFORE.test(before) && PLACE_AFTER.test(text.slice(end, end + 3))) continue;
    if (unit === '次' && (MEETING_AFTER.test(text.slice(end, end + 6)) || /届\s*$/u.test(before))) continue;
    // "五十多个学生", "四十几个种粮大户", "学生们来了五十多个": people; "7个村" is not.
    // "志愿者12个都是退休党员", "学生四百三十二个参加": a word that says something of them is not a noun counted.
    const nounAfter = /^[\p{Script=Han}]/u.test(text.slice(end, end + 1)) && !/^(?:都|也|全|均|是|就|还|已|吧|啊|呀|哈|呢|吗|然后|发了?|发放|送了?|参加|参与|到场|到会|出席|来了|到了|帮|协助|负责|张罗|服务|值守|维持|陪同|带队|指导|左右|上下)/u.test(text.slice(end, end + 2));
    // "解答群众问题三十余个": the thing just before the number is what was counted.
    // "3个班的学生代表": classes, not people; "5个乡干部" are people.
    // "来了一千五左右的群众发资料三千二百份设了咨询台两个": the words after the clause's last count say what this one counts.
    const ownClause = clause.replace(/^.*[\d〇零一二三四五六七八九十百千万两]\s*(?:[左右上下多余来几]{0,2})\s*(?:人次|[份人个场次件块张本套台所项条处批户组支辆元名位])/u, '');
    if (unit === '个' && (!GROUPS.test(text.slice(end, end + 2)) || GROUP_PEOPLE.test(text.slice(end, end + 5))) && (PEOPLE_AHEAD.test(text.slice(end, end + 8)) || (!nounAfter && PEOPLE_NOUNS.test(ownClause) && !THING_TAIL.test(clause)))) people = true;
    // "营员是三到六年级的孩子，一共报名了48个，实际来了45个": who came, the people named just before.
    if (unit === '个' && !nounAfter && /(?:来了|到了|报名了?|参加了?|到场了?)\s*$/u.test(clause) && PEOPLE_NOUNS.test(text.slice(Math.max(0, token.start - 60), token.start))) people = true;
    // "俺数签到本上就一百八十几个", "我数了数有七十来个": people counted or signed in.
    if (unit === '个' && !nounAfter && /(?:签到|清点|点名|数(?![据字学量码])|报的是|报上来的是)[^，,。;；]{0,8}$/u.test(clause)) people = true;
    // "应到32个实到29个主要讲…": who were expected and who came, whatever words follow.
    if (unit === '个' && /(?:实到|应到)$/u.test(clause) && !GROUPS.test(text.slice(end, end + 2)) && !/^(?:单位|企业|部门|村)/u.test(text.slice(end, end + 2))) people = true;
    // "会场里坐着的顶多七十来个", "来的有五十来个": the people named by where they were or that they came.
    if (unit === '个' && !nounAfter && /(?:坐着|在场|来|到场|听讲?|参加|现场)的(?:人)?\s*(?:有|是)?\s*(?:顶多|最多|大概|约|差不多|估计|将近|只有|也就)?\s*$/u.test(clause)) people = true;
    // "培训 来了三十来个 资料发了200份": who came, no noun needed when the clause is only their coming.
    if (unit === '个' && !nounAfter && /^(?:来了|到了|到场了?|实到|来的有|到的有)$/u.test(clause)) people = true;
    // "副主任", "副会长": a deputy, not a pair.
    if (unit === '副' && /^[主部会局书县镇乡校院馆秘理处科所站组队团社总]/u.test(text.slice(end, end + 1))) continue;
    // "一次", "一个", "新一批", "是一家做…的企业": once, a, not a count of anything.
    if ((unit === '次' || unit === '个' || unit === '批') && token.written === '一' && !people) continue;
    if (unit === '家' && token.written === '一' && /是\s*$/u.test(before)) continue;
    // "办了一场“粽子里的科学”主题亲子活动": an event, not a count of sessions (一场讲座 is one).
    if (unit === '场' && token.written === '一' && /^[^，,。;；\n]{0,20}?活动/u.test(text.slice(end, end + 24)) && !/^[^，,。;；\n]{0,20}?(?:讲座|培训|报告|课|演出|秀|比赛|竞赛)/u.test(text.slice(end, end + 24))) continue;
    // "上了一节科学课": the lesson is the event itself, not a count of lessons (三节课 is one).
    if (unit === '节' && token.value === 1 && /^[^，,。;；\n]{0,12}?课/u.test(text.slice(end, end + 16))) continue;
    // "有三个孩子感冒请假了": who did not come is not counted.
    if (people && /^[^，,。;；\n]{0,8}(?:请假|缺席|没来|未到|没到|未参加)/u.test(text.slice(end, end + 12))) continue;
    // 20万元: the figure is kept in 万元, as written.
    let value = token.value * (eachTimes.get(token.start) ?? 1);
    if (unit === '元' && /万$/u.test(token.written)) {
      value = Math.round((token.value / 1e4) * 1e6) / 1e6;
      unit = '万元';
    }
    if (unit === '个' && /^(月|小时|钟头|工作日|星期|礼拜|季度)/u.test(text.slice(end, end + 3))) continue;
    // "今天连跑三个点", "三个点加起来接待…": the sites of the events told of, not a count of their own.
    if (unit === '个' && /^点(?![子心评赞名])/u.test(text.slice(end, end + 2)) && !/(?:设|设置|增设|摆|布)了?\s*$/u.test(clause)) continue;
    // "出了一份力", "尽一份心": an idiom, not copies.
    if (unit === '份' && token.written === '一' && /^[力心]/u.test(text.slice(end, end + 1))) continue;
    const after = text.slice(end, end + 4);
    if (/^(左右|上下|出头|以上|多)/u.test(after)) approximate = true;
    // "评了最美科技工作者五名", "表彰优秀会员10名": people chosen or honoured are a count of awards (名), not who came.
    // "邀请评委11名": judges invited are people, not an award.
    // "5名最美科技工作者都上台领了证书": the honourees named after, who went up for their awards.
    if (people && unit === '名' && /^[^，,。;；]{0,12}?(?:上台领|领了?(?:证书|奖)|颁(?:发|授)了?(?:证书|奖|荣誉)|领奖|获奖|获(?:得|颁)?(?:表彰|证书|荣誉)|受(?:到)?表彰)/u.test(text.slice(end, end + 24))) people = false;
    else if (people && unit === '名' && /(评(?![委审])选?|选树|(?<!受)表彰|评出|推选|评为|授予|命名|获评)[^，,。;；]{0,10}$/u.test(before)) people = false;
    else if (people && (unit === '名' || unit === '位' || unit === '个' || unit === '号人' || unit === '口人')) unit = '人';
    // "空调坏了两次", "二十四节气", "车间上了十几台机器人，但…", "一共办了4期…其中最后一期": not the activity's figures.
    if (!people && !bare && notAnActivityFigure(text, token.start, pos, end, unit, clause)) continue;
    // "接待观众12600人次，去年国庆是9800人次": an earlier period's figure after this one's, in the same unit.
    if (EARLIER.test(clause) && figures.some((f) => f.unit === unit)) continue;
    if (token.invalid) {
      bad.push({ written: text.slice(token.start, end).trim(), problem: 'too_large' });
      continue;
    }
    if (/[-－−]\s*$/u.test(before) && !/\d\s*[-－−]\s*$/u.test(before)) {
      bad.push({ written: `-${text.slice(token.start, end).trim()}`, problem: 'negative' });
      continue;
    }
    figures.push({
      index: token.start,
      length: end - token.start,
      value,
      ...(max !== undefined ? { max } : {}),
      unit,
      people,
      approximate,
      context: clause,
      // "三百人左右志愿者十个": after 左右/上下 the next words belong to the next figure, not to this one.
      noun: bare || /^(左右|上下|出头)/u.test(text.slice(end, end + 2)) ? '' : /^[\p{Script=Han}]{1,4}/u.exec(text.slice(end, end + 4).split(/[，,。;；、\s]/u)[0] ?? '')?.[0] ?? '',
      after: bare ? '' : text.slice(end, end + 16).split(/[，,。;；!！?？\n]|\s(?=\p{Script=Han})/u)[0] ?? '',
      written: text.slice(token.start, end),
    });
  }
  return { figures, bad, loose, unread };
}

/**
 * "学生 一百八 ，下午…", "学生450\n", "学生+村民 around 200": a bare number right after the people it counts,
 * ending its clause or line.
 */
function bareAfterPeople(clause: string, next: string, before: string): boolean {
  // A number opening a line ("2 南湖街道 3.14 …") numbers the line.
  // "学生家长大概300.": an English full stop ends the clause too.
  if (!(/^(\s|$|[,，。;；!！]|\.(?!\d))/u.test(next) || UNPUNCTUATED_NEXT.test(next)) || /(^|\n)[ \t]*$/u.test(before)) return false;
  // "看的学生一共是九百六", "听的人加起来有九百多": a total said of the people just named.
  return PEOPLE_TAIL.test(clause.replace(TOTAL_TAIL, '')) || (PEOPLE_NOUNS.test(before.slice(-12)) && APPROX_BEFORE.test(before));
}
const TOTAL_TAIL = /(?:嘛|呢|啊|呀|么|吧)?\s*(?:一共|总共|共计|合计|总计|加起来|加一起|算下来)?\s*(?:得有|有|是|达到|达)?\s*$/u;
const PEOPLE_TAIL = new RegExp(`(${PEOPLE_NOUNS.source.slice(1, -1)})\\s*$`, 'u');

/** A line that ends in a count of people ("上午 城关一中 科普讲座 350人"). */
const LINE_OF_PEOPLE = /[\d〇一二两三四五六七八九十百千万]\s*(?:[多余来+]|左右|上下)?\s*(人次|人|名|位)[^\S\n]*$/gmu;

/** The unit of the people counts ending two or more lines of a list, else ''. */
function peopleListUnit(text: string): string {
  const units = [...text.matchAll(LINE_OF_PEOPLE)].map((m) => m[1]);
  return units.length < 2 ? '' : units.every((u) => u === '人次') ? '人次' : '人';
}

/** A number closing its line, after a space or an "about", on a line that names something first. */
function endsPeopleLine(text: string, before: string, pos: number): boolean {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const rest = /^[^\n]*/u.exec(text.slice(pos, pos + 12))?.[0] ?? '';
  return /\p{Script=Han}{2}/u.test(line) && (/\s$/u.test(line) || APPROX_BEFORE.test(line)) && /^[^\S\n]*(?:[\p{Extended_Pictographic}\u200d\ufe0f]|[!！~～。.])*[^\S\n]*$/u.test(rest);
}

/** Whether `at` is inside a “…” or 《…》 of at most 16 characters (a title), looking 16 characters each way. */
function insideShortQuote(text: string, at: number): boolean {
  const left = text.slice(Math.max(0, at - 16), at);
  const open = Math.max(left.lastIndexOf('“'), left.lastIndexOf('《'));
  if (open < 0 || /[”》]/u.test(left.slice(open))) return false;
  const close = left[open] === '“' ? '”' : '》';
  const right = text.slice(at, at + 16);
  return right.includes(close) && (left.length - open) + right.indexOf(close) <= 17;
}

/** How many parts "上下午", "周六日两天", "三个村" name. */
function partsOf(words: string): number {
  if (/^(上下午|上午|早晚|周六)/u.test(words)) return 2;
  return '零一二三四五六七八九十'.indexOf(words.replace(/^两/u, '二')[0] ?? '');
}

function skipSpaces(text: string, i: number): number {
  let j = i;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return j;
}

/** The words of the clause just before a number: back to the last comma or full stop. */
function clauseBefore(raw: string): string {
  // "应到学生 520": a Chinese clause may end in a space before its number.
  // "应到人数：40": the label of a form field is the clause.
  const unlabelled = raw.replace(/(\p{Script=Han})\s*[:：]\s*$/u, '$1');
  const before = /\p{Script=Han}\s+$/u.test(unlabelled) ? unlabelled.replace(/\s+$/u, '') : unlabelled;
  let k = before.length;
  while (k > 0 && !'，,。;；、!！?？\n :：'.includes(before[k - 1] ?? '')) k--;
  // "参会工程师、技术员共38人": people listed with 、 are one clause.
  while (k > 1 && before[k - 1] === '、' && PEOPLE_TAIL.test(before.slice(0, k - 1))) {
    k--;
    while (k > 0 && !'，,。;；、!！?？\n :：'.includes(before[k - 1] ?? '')) k--;
  }
  const clause = before.slice(k).replace(/[:：]\s*$/u, '').trim();
  // An English clause runs across spaces ("handed out 300"); a Chinese one stops at them.
  return clause === '' && /[a-z]\s+$/u.test(before) ? (/([a-z]+(?:\s+[a-z]+)?)\s+$/u.exec(before)?.[1] ?? '') : clause;
}

/** What may follow a number that is not a count: a time, an age, an ordinal, a size, a share, a grade. */
const NOT_A_COUNT_AFTER = /^(?:点|时|分|秒|岁|周岁|年|月|日|号|周|天|夜|晚|届|级|楼|层|度|%|％|米|公里|里|km|斤|公斤|克|吨|倍|成|折|路|栋|幢|室|号楼|寸|码|g|kg|m|℃|：|:|\/|\.\d|年级|班|组|队|中|小|村|号线|期间|多年|多岁|来岁|岁左右)/u;

/**
 * A number left without a unit that still reads as a count: two digits or more, or a loose one ("八百多",
 * "六十来"), not a year, a phone number, a time or a size, and not a list's line number.
 */
function unreadCount(token: NumberToken, text: string, before: string, pos: number): boolean {
  // "十佳", "十眼小学": a lone 十 names, it does not count.
  if (token.invalid || (token.value < 10 && !token.approximate) || token.written === '十') return false;
  // "行政楼301", "都七十三了": a room, an age.
  if ((token.arabic && /[楼室厅栋幢座路街号区]$/u.test(before)) || /^了/u.test(text.slice(pos, pos + 1))) return false;
  if (token.arabic && (token.end - token.start >= 7 || (token.value >= 1900 && token.value <= 2100))) return false;
  if (/(^|\n)[ \t]*$/u.test(before) || /[第届#№]\s*$/u.test(before) || /[a-z]$/u.test(before)) return false;
  const next = text.slice(pos, pos + 4);
  if (NOT_A_COUNT_AFTER.test(next) || /^[-~～—至到]\s*\d/u.test(next)) return false;
  return true;
}
