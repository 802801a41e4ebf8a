// Finds the counted figures in a report: 参加群众800人次, 来了三十来人, 两千余份, 五六十人, "300+ attendees".
// Numbers come from one linear scan; each is then read with a few characters around it, never the whole text.
import { scanNumbers, type NumberToken } from '../text/scan-numbers.js';
import { bareHeadcount, notAnActivityFigure } from './figure-background.js';
import { comparedNumber, THIS_OCCASION, withoutParenParts } from './compared-context.js';
import { leadingPeopleNoun } from './people-words.js';
import { PEOPLE_UNITS, UNITS, APPROX_BEFORE, APPROX_WORDS, PEOPLE_NOUNS, EN_PEOPLE, EN_UNITS, PEOPLE_AHEAD, PEOPLE_RIGHT_AFTER, EN_STAFF_BEFORE, SERVE_VERBS, EN_ATTENDED, GROUPS, GROUP_PEOPLE, THING_TAIL, PLACE_BEFORE, PLACE_AFTER, EARLIER, MEETING_AFTER } from './figure-words.js';
import { clauseBefore, notACount } from './figure-skips.js';
import { bareAfterPeople, peopleListUnit, endsPeopleLine, PEOPLE_TAIL, skipSpaces, unreadCount } from './figure-unitless.js';

/** A people noun ending the clause right before a count ("来咨询的群众三百来个"). */
const PEOPLE_BEFORE_COUNT = new RegExp(`(?:${PEOPLE_NOUNS.source})(?:有|约|共|大概|大约|差不多|估计|将近)?\\s*$`, 'u');

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
  /** A count of 个 that names nothing it counts ("大概二十个吧"): asked about, never stored as 个. */
  unnamed?: boolean;
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


/** Figures in a normalised, lower-cased text (dates already blanked out), and numbers it refuses. */
export function findFigures(text: string, original = text): { figures: Figure[]; bad: BadFigure[]; loose: number[]; unread: UnreadNumber[]; unnamed: UnreadNumber[] } {
  const tokens = scanNumbers(text);
  const byStart = new Map<number, NumberToken>(tokens.map((t) => [t.start, t]));
  const figures: Figure[] = [];
  const bad: BadFigure[] = [];
  /** Where numbers written alone, with no unit, start. */
  const loose: number[] = [];
  /** Where counts start that no unit or people word explains ("估计八百多"): what they count is not known. */
  const unread: UnreadNumber[] = [];
  /** Counts of 个 with nothing named that they count ("大概二十个吧"): asked about, never stored as 个. */
  const unnamed: UnreadNumber[] = [];
  /** The unit and end of the last count of people given to compare ("去年那场来了三百人"). */
  let earlier: { unit: string; end: number } | undefined;
  const consumed = new Set<number>();
  /** The unit of the people counts that end the lines of a pasted list ('' when fewer than two lines do). */
  let listUnit: string | undefined;
  /** Numbers after "各" whose parts are known ("上下午各一场" → 2). */
  const eachTimes = new Map<number, number>();
  for (const token of tokens) {
    if (consumed.has(token.start)) continue;
    const before = text.slice(Math.max(0, token.start - 16), token.start);
    if (notACount(token, text, before, eachTimes, unread)) continue;
    // "去年那场来了三百人", "去年同期六十几个", "（上周3660）", "看群里桃源报了300多": given to compare, not this event's.
    const compared = comparedNumber(original, token.start);
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
    // "来了小三百": 小 before a round number means about that many.
    const small = /小\s*$/u.test(before) && /^[一二两三四五六七八九]?[百千万]$/u.test(token.written);
    let approximate = token.approximate || max !== undefined || some || small || APPROX_BEFORE.test(before);
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
    if (!unit && text.startsWith('天', pos) && (/(?:(?:累计|共计|一共|总共|合计|共)(?:对外)?(?:开放|开馆|营业|运行)|(?:^|[，,。;；：:\s]|实际)(?:开放|开馆|营业))了?\s*$/u.test(before) || /^天(?:里|内|中|时间里)\s*(?:共|累计|一共|总共|合计)\s*接待/u.test(text.slice(pos, pos + 10)))) {
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
    // "分4个组走访", "分成3个小组": the noun after 个 is itself a unit, and the count is of it.
    if (unit === '个') {
      const group = /^(?:小)?组(?![员长织])/u.exec(text.slice(end, end + 3));
      if (group) {
        unit = '组';
        end += group[0].length;
      }
    }
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
      } else if ((/(?:来了|到了|参加了?|到场|参会)\s*$/u.test(before) && /^\s*($|[,，。;；!！\n])/u.test(text.slice(pos, pos + 2)) && !token.approximate) || (small && /(?:来了|到了|到场|参加了?)\s*小\s*$/u.test(before) && /^(?:\s|$|[,，。;；!！\n])/u.test(text.slice(token.end, token.end + 1)))) {
        // "来了120，…": the people who came, the unit left out ("来了小三百 县专家…": the words after are the next clause's).
        unit = '人';
        people = true;
        bare = small;
      } else if (earlier && !compared && THIS_OCCASION.test(original.slice(earlier.end, token.start)) && /^\s*($|[,，。;；!！\n])/u.test(text.slice(pos, pos + 2))) {
        // "去年那场来了三百人，今年少点，二百六十左右": this occasion's count, in the unit of the one compared with.
        unit = earlier.unit;
        people = true;
        bare = true;
      } else if (EN_STAFF_BEFORE.test(text.slice(Math.max(0, token.start - 30), token.start)) && /^\s*($|[,，。;；!！.]|in total)/u.test(text.slice(pos, pos + 9))) {
        // "volunteers on duty 26 in total": the people named just before the number.
        unit = '人';
        people = true;
      } else if (EN_UNITS[word]) {
        unit = EN_UNITS[word];
        end = pos + word.length;
      } else if (/(人数|人次|实到|应到|到会|参会|出席|headcount|attendance|attendees)[\p{Script=Han}]{0,3}?\s*[:：为是有达约]*\s*$/u.test(before) || approxWord === '出头' || (PEOPLE_NOUNS.test(clause) && approxWord !== undefined && approxWord !== '来' && approxWord !== '多' && approxWord !== '余' && /^\s*($|[,，。;；!！\n])/u.test(text.slice(pos, pos + 2))) || (PEOPLE_NOUNS.test(clause.slice(-4)) && (approxWord === '+' || SERVE_VERBS.test(clause)) && token.end - token.start <= 7 && !/^[+]?[\p{Script=Han}a-z]/u.test(text.slice(token.end, token.end + 2))) || (token.end - token.start <= 9 && bareHeadcount(text.slice(Math.max(0, token.start - 40), token.start), text.slice(pos, pos + 3))) || (token.end - token.start <= 7 && bareAfterPeople(clause, text.slice(token.end).replace(/^(?:[+多余来]|左右|上下|出头|以上|往上)/u, '').slice(0, 3), before))) {
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
        if (compared) continue;
        // "科普電影 2場 300 500": a number standing alone, its unit left out; what it counts is asked, not dropped.
        if (token.arabic && token.value >= 10 && !(token.value >= 1900 && token.value <= 2100) && /\s$/u.test(before) && !/(^|\n)[ \t]*$/u.test(before) && /^(\s|$)/u.test(text.slice(token.end, token.end + 1))) loose.push(token.start);
        // "咨询的群众估计八百多", "人嘛有六十多": a count whose unit is left out is not read, and not dropped in silence.
        else if (unreadCount(token, text, before, pos)) unread.push({ index: token.start, value: token.value, written: text.slice(token.start, pos).trim() });
        continue;
      }
    }
    // "比第二期多了二十来个", "比上回少了十几人": a difference between occasions, not a figure of this one.
    if (/(?:比|较)[^，,。;；!！?？\s]{0,10}?(?:多|少|增加|减少)了?\s*(?:约|大概|大约|差不多|将近)?\s*$/u.test(clause)) continue;
    // "只放了60个名额": places offered, not who came nor a count of anything done.
    if (unit === '个' && (/^名额/u.test(text.slice(end, end + 2)) || /名额\s*$/u.test(clause))) continue;
    if ((unit === '组' || unit === '队') && !people && PLACE_BEFORE.test(before) && PLACE_AFTER.test(text.slice(end, end + 3))) continue;
    if (unit === '次' && (MEETING_AFTER.test(text.slice(end, end + 6)) || /届\s*$/u.test(before))) continue;
    // "五十多个学生", "四十几个种粮大户", "学生们来了五十多个": people; "7个村" is not.
    // "志愿者12个都是退休党员", "学生四百三十二个参加": a word that says something of them is not a noun counted.
    const nounAfter = /^[\p{Script=Han}]/u.test(text.slice(end, end + 1)) && !/^(?:都|也|全|均|是|就|还|已|吧|啊|呀|哈|呢|吗|然后|发了?|发放|送了?|参加|参与|到场|到会|出席|来了|到了|帮|协助|负责|张罗|服务|值守|维持|陪同|带队|指导|左右|上下|在岗|在场|上岗|轮流|轮班|值班|全程|一直|天天|跟着|陪着)/u.test(text.slice(end, end + 2));
    // "解答群众问题三十余个": the thing just before the number is what was counted.
    // "3个班的学生代表": classes, not people; "5个乡干部" are people.
    // "来了一千五左右的群众发资料三千二百份设了咨询台两个": the words after the clause's last count say what this one counts.
    const ownClause = clause.replace(/^.*[\d〇零一二三四五六七八九十百千万两]\s*(?:[左右上下多余来几]{0,2})\s*(?:人次|[份人个场次件块张本套台所项条处批户组支辆元名位])/u, '');
    if (unit === '个' && (!GROUPS.test(text.slice(end, end + 2)) || GROUP_PEOPLE.test(text.slice(end, end + 5))) && (PEOPLE_AHEAD.test(text.slice(end, end + 8)) || (token.written !== '一' && leadingPeopleNoun(text.slice(end, end + 8)) !== undefined) || (!nounAfter && PEOPLE_NOUNS.test(ownClause) && !THING_TAIL.test(clause)))) people = true;
    // "营员是三到六年级的孩子，一共报名了48个，实际来了45个": who came, the people named just before.
    if (unit === '个' && !nounAfter && /(?:来了|到了|报名了?|参加了?|到场了?)\s*$/u.test(clause) && PEOPLE_NOUNS.test(text.slice(Math.max(0, token.start - 60), token.start))) people = true;
    // "俺数签到本上就一百八十几个", "我数了数有七十来个": people counted or signed in.
    if (unit === '个' && !nounAfter && /(?:签到|登记|清点|点名|数(?![据字学量码])|报的是|报上来的是)[^，,。;；]{0,8}$/u.test(clause)) people = true;
    // "应到32个实到29个主要讲…": who were expected and who came, whatever words follow.
    if (unit === '个' && /(?:实到|应到)$/u.test(clause) && !GROUPS.test(text.slice(end, end + 2)) && !/^(?:单位|企业|部门|村)/u.test(text.slice(end, end + 2))) people = true;
    // "会场里坐着的顶多七十来个", "来的有五十来个": the people named by where they were or that they came.
    if (unit === '个' && !nounAfter && /(?:坐着|在场|来|到场|听讲?|参加|现场)的(?:人)?\s*(?:有|是)?\s*(?:顶多|最多|大概|约|差不多|估计|将近|只有|也就)?\s*$/u.test(clause)) people = true;
    // "培训 来了三十来个 资料发了200份": who came, no noun needed when the clause is only their coming.
    // "去年这个活动来了一百七八十人，今年人多一些，登记的是二百零一个": this occasion's people, counted as the earlier.
    if (unit === '个' && !nounAfter && !compared && earlier && THIS_OCCASION.test(original.slice(earlier.end, token.start))) people = true;
    // "这次来了七十多个", "今天到了五十几个": the same, said of this occasion.
    if (unit === '个' && !nounAfter && /^(?:这次|这回|这一次|本次|今天|今年|当天|现场|又|一共|总共|共)?(?:来了|到了|到场了?|实到|来的有|到的有)$/u.test(clause)) people = true;
    // "来咨询的群众三百来个县农业局…": the people named right before the count are what it counts, whatever runs on after.
    // The words after such a count, with no stop between, are the next clause's ("县农业局来了两个专家坐诊").
    let named = false;
    if (unit === '个' && !people && PEOPLE_BEFORE_COUNT.test(clause) && !GROUPS.test(text.slice(end, end + 2))) people = named = true;
    // "来了三十几个 加上看热闹的有五十来个": a total with others added is no figure of its own.
    if (unit === '个' && !people && /^(?:加上|算上|连上|连同|包括)/u.test(clause)) continue;
    // "还有家长陪着来的 大概二十个吧": in speech a space parts the people named from their count.
    let spoken = '';
    if (unit === '个' && !people && !nounAfter && /^(?:大概|大约|约|差不多|估计|将近|也就)?$/u.test(clause)) {
      spoken = /([^，,。;；!！?？\s]{2,16})\s+(?:大概|大约|约|差不多|估计|将近|也就)?\s*$/u.exec(before)?.[1] ?? '';
      if (PEOPLE_NOUNS.test(spoken) && (/(?:的|了)$/u.test(spoken) || PEOPLE_TAIL.test(spoken))) people = true;
      else spoken = '';
    }
    // "副主任", "副会长": a deputy, not a pair.
    if (unit === '副' && /^[主部会局书县镇乡校院馆秘理处科所站组队团社总]/u.test(text.slice(end, end + 1))) continue;
    // "一次", "一个", "新一批", "是一家做…的企业": once, a, not a count of anything.
    if ((unit === '次' || unit === '个' || unit === '批' || unit === '趟') && token.written === '一' && !people) continue;
    if (unit === '家' && token.written === '一' && /是\s*$/u.test(before)) continue;
    // "办了一场“粽子里的科学”主题亲子活动": an event, not a count of sessions (一场讲座 is one).
    if (unit === '场' && token.written === '一' && /^[^，,。;；\n]{0,20}?活动/u.test(text.slice(end, end + 24)) && !/^[^，,。;；\n]{0,20}?(?:讲座|培训|报告|课|演出|秀|比赛|竞赛)/u.test(text.slice(end, end + 24))) continue;
    // "又在龙潭村搞了一场 跟上回一样": the event itself, nothing counted after it.
    if (unit === '场' && token.written === '一' && /(?:搞|办|弄|开|来)了\s*$/u.test(before) && /^(?:\s*$|\s+(?:跟|和|同|也|又|还|就|都))/u.test(text.slice(end, end + 4))) continue;
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
    else if (people && unit === '名' && /“[^”]{0,12}(?:最美|十佳|优秀|先进|模范|标兵|之星|能手|使者|达人)[^”]{0,10}”\s*$/u.test(before)) people = false;
    else if (people && unit === '名' && /(评(?![委审])选?|选树|(?<!受)表彰|评出|推选|评为|授予|命名|获评)[^，,。;；]{0,10}$/u.test(before)) people = false;
    else if (people && (unit === '名' || unit === '位' || unit === '个' || unit === '号人' || unit === '口人')) unit = '人';
    // "空调坏了两次", "二十四节气", "车间上了十几台机器人，但…", "一共办了4期…其中最后一期": not the activity's figures.
    if (!people && !bare && notAnActivityFigure(text, token.start, pos, end, unit, clause)) continue;
    // "接待观众12600人次，去年国庆是9800人次": an earlier period's figure after this one's, in the same unit.
    if (EARLIER.test(clause) && figures.some((f) => f.unit === unit)) continue;
    if (compared) {
      if (people) earlier = { unit, end };
      continue;
    }
    // "发资料300份，大概二十个吧": a count of 个 that names nothing it counts is asked about, not stored as 个.
    if (unit === '个' && !people && !nounAfter && !/^\s*[a-z]/u.test(text.slice(end, end + 3)) && !/[\p{Script=Han}]{2}/u.test(ownClause.replace(/(?:一共|总共|合计|累计|共计|大概|大约|差不多|估计|得有|还有|另外|又|也|都|就|才|只|有|是|了|的|约|共|来|去|到|报|剩|吧|啊)/gu, ''))) {
      unnamed.push({ index: token.start, value, written: text.slice(token.start, end).trim() });
    }
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
      context: spoken ? `${spoken} ${clause}` : clause,
      // "三百人左右志愿者十个": after 左右/上下 the next words belong to the next figure, not to this one.
      noun: bare || named || /^(左右|上下|出头)/u.test(text.slice(end, end + 2)) ? '' : /^[\p{Script=Han}]{1,4}/u.exec(text.slice(end, end + 4).split(/[，,。;；、\s]/u)[0] ?? '')?.[0] ?? '',
      after: bare || named ? '' : text.slice(end, end + 16).split(/[，,。;；!！?？\n]|\s(?=\p{Script=Han})/u)[0] ?? '',
      written: text.slice(token.start, end),
      ...(unnamed.some((u) => u.index === token.start) ? { unnamed: true } : {}),
    });
  }
  // "5位专家（中国农科院2位、省农科院3位）": the parts of a total are not figures of their own.
  return { figures: withoutParenParts(figures, text), bad, loose, unread, unnamed };
}
