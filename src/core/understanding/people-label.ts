// Who a figure of people counts, for its label ("人(志愿者)"): the people noun nearest before the number in its own
// clause ("家长陪同的有15位" → 家长, "村里妇联执委4人" → 执委), else the people named right after its unit ("还有12位妈妈
// 奶奶陪着" → 家长, "派了8个医护当助教" → 助教), never the verb before it (还有, 派了, 陪同的有, 占了).
import { HELPING, roleOf, SENT_BY_UNIT, signedUpAfter } from './headcount.js';
import { outcomeOf } from './headcount-parts.js';
import { wordsSinceLastCount, type Figure } from './message-figures.js';
import { leadingPeopleNoun } from './people-words.js';
import { peopleWords } from './people-nouns.js';

/** People nouns (no verbs): the nearest one before a number names what it counts. */
const NOUN = new RegExp(`(${peopleWords('label')})`, 'gu');
/** Family who came with the children are counted as their parents. */
const FAMILY = new RegExp(`^(${peopleWords('label', 'family')})$`, 'u');
/** Staff named by what they did, when no noun names them ("负责讲解的有6位" → 讲解). */
const STAFF_DOING = /(志愿|讲解|授课|主讲|陪同|随行|带队)/u;
/** The people right after the unit, and the part they played ("8个医护当助教"). */
const AFTER = new RegExp(`^(?:\\p{Script=Han}{1,2}?(?=\\p{Script=Han}{0,2}?(?:当|担任|充当)))?${NOUN.source}(?:们)?(?:(?:当|做|担任|作为|充当)小?${NOUN.source})?`, 'u');
/** Verbs and small words around a clause's words, left out of a label made from them. */
const VERB_TAIL = /(?:还有|又有|另有|也有|共有|一共|总共|合计|共计|累计|来了|去了|到了|派了|派出了?|出了|占了?|有|了|的|是|共|约|大概|差不多)+$/u;
const EN_AFTER = /^\s*(staff|volunteers?|experts?|judges?|teachers?|doctors?|engineers?|technicians?|docents?|guides?|parents?|coach(?:es)?|instructors?|mentors?|tutors?|awardees?|winners?|honorees?|trainers?|speakers?|lecturers?|presenters?|facilitators?)\b/u;
/** English role words as the Chinese label a 台账 uses ("volunteers" → 志愿者); a word not listed stays as written. */
const EN_LABEL: ReadonlyArray<[RegExp, string]> = [
  [/^volunteer/u, '志愿者'], [/^staff/u, '工作人员'], [/^expert/u, '专家'], [/^judge/u, '评委'], [/^teacher/u, '教师'],
  [/^doctor/u, '医生'], [/^engineer/u, '工程师'], [/^technician/u, '技术员'], [/^(?:docent|guide)/u, '讲解员'],
  [/^parent/u, '家长'], [/^coach/u, '教练'], [/^instructor/u, '教员'], [/^mentor/u, '导师'], [/^tutor/u, '辅导老师'], [/^(?:awardee|winner|honoree)/u, '获奖者'],
  [/^(?:trainer|speaker|lecturer|presenter|facilitator)/u, '讲师'],
];
const inChinese = (word: string | undefined): string | undefined => (word === undefined ? undefined : (EN_LABEL.find(([re]) => re.test(word))?.[1] ?? word));
const BROUGHT = /(?:带|领|叫|喊|请|派)(?:了|来了?|上了?)?\s*$/u;
/** "由12名副高以上职称专家组成的…": the people a team is made of, named after their count with words between. */
const MADE_UP_OF = new RegExp(`^[^，,。;；\\n]{0,10}?(${peopleWords('label')})(?:们)?(?:组成|构成)`, 'u');
/** "消防大队的叔叔", "医院的阿姨": adults named to children by kin words, after the body they come from. */
const KIN = /(\p{Script=Han}{2,6}?)的?(?:叔叔|阿姨|伯伯|姐姐|哥哥)(?:们)?[^，,。;；\d]{0,4}$/u;
/** The post a body's people hold, as the 台账 labels them. */
const KIN_BODY: ReadonlyArray<[RegExp, string]> = [[/消防/u, '消防员'], [/交警/u, '交警'], [/派出所|公安|警/u, '民警'], [/医院|卫生/u, '医生']];
const LEAD = /^(?:还有|另有|其中|以及|和|及|并|另外)+/u;

/** What a non-participant figure is called in its metric key: "志愿者" for 人(志愿者). */
export function roleLabel(f: Figure): string {
  return tidyRole(canonicalRole(rawRoleLabel(f)));
}

/** The label as the words gave it, before it is tidied (whether it is pieces of the sentence is judged on this). */
export function writtenRoleLabel(f: Figure): string {
  return canonicalRole(rawRoleLabel(f));
}

/** Words a label made from the sentence can begin or end with that are no part of a name ("们老科协", "请了燃气公司",
 * "消防那边", "屋里挤了得"): a 台账 column is headed by the label, so it must read as a name. */
const LOOSE_START = /^(?:[们了的得着为个也都并在由]|我们|俺们|咱们|[我俺](?!国)|去了|来了|请了|还请|邀请了?|组织了|展出了|派了|出了|还有|另有|估摸着?|估计|目测|大概)+/u;
const LOOSE_END = /(?:[也都了得这那只着是]|那边|这边|的话|话|大概|估计|目测|有)+$/u;
/** A label that reads as a name: the people noun it holds, else its words without the loose ends, else 其他. */
export function tidyRole(label: string): string {
  if (!LOOSE_START.test(label) && !LOOSE_END.test(label) && !/\d|人次/u.test(label)) return label;
  const noun = lastNoun(label);
  if (noun) return canonicalRole(noun);
  const bare = label.replace(LOOSE_START, '').replace(LOOSE_END, '');
  return bare.length >= 2 && !/\d|人次/u.test(bare) ? bare : '其他';
}

/** One key per role, whichever word the writer used, so the 台账 adds them up ("老师" and "教师" are 人(教师)). */
export function canonicalRole(label: string): string {
  return label.replace(/^((?:带队|指导|随队|陪同|辅导|科学|科技)?)老师$/u, '$1教师');
}

function rawRoleLabel(f: Figure): string {
  // "直播间观看300多人", "Teams online 有30人": who watched online, whoever they are.
  if (roleOf(f) === 'online') return '线上';
  // "我跟老陈两个人讲的": the writer and those named with them ran it; their names are no label.
  if (roleOf(f) === 'staff' && /(?:我|俺)(?:跟|和|与|同)[^，,。;；\d]{1,6}$/u.test(f.context) && roleNoun(f) === undefined) return '工作人员';
  // "当场献血31人", "十二个小年轻现场登记了造血干细胞": people counted by what they did there are labelled by that deed,
  // one key a 台账 column adds up (人(献血), not 人(当场献血) or 人(小年轻)).
  // "当场报名献血的有42个": who signed up to give blood are 报名, not those who gave.
  const deed = outcomeOf(f) && !/报名|预约(?!接种)/u.test(f.context.slice(-12)) ? OUTCOME_DEED.find(([re]) => re.test(f.context.slice(-12)) || re.test(f.after.slice(0, 14)))?.[1] : undefined;
  if (deed) return deed;
  return roleNoun(f) ?? (f.context.slice(-6).replace(VERB_TAIL, '').replace(LEAD, '') || '其他');
}

/** The deeds an outcome figure is labelled by (the pass marks keep the labels their own rules give). */
const OUTCOME_DEED: ReadonlyArray<[RegExp, string]> = [[/预约接种/u, '预约接种'], [/献了?血/u, '献血'], [/补种/u, '补种'], [/接种|打了?疫苗/u, '接种'], [/登记/u, '登记']];

/** Who a figure of people counts, when its words name them (志愿者, 学生, volunteers); undefined when they do not. */
export function roleNoun(f: Figure): string | undefined {
  if (roleOf(f) === 'expected') return '应到';
  // "另外有30个同学报名心理委员培训": who signed up, whoever they are.
  if (signedUpAfter(f)) return '报名';
  // "报名学员48名": who signed up, whoever they are.
  if (/(?:报名|预约)(?:的)?(?:学员|人员|人数|群众|学生|居民|家庭)?\s*(?:共|有|达)?\s*$/u.test(f.context.slice(-8))) return '报名';
  // The words after the clause's last count are this figure's own ("学生42位，家长陪同的有15位").
  // "35个学生+3个老师": after a plus or an "and" too.
  const own = f.context.replace(/^.*[\d〇一二两三四五六七八九十百千万俩仨]\s*(?:[多余来几]\s*)?(?:人次|[个人名位份场次件批户])/u, '').replace(/^.*(?:[+＋加和及与、]|\bplus\b|\band\b|\bwith\b)/u, '');
  const after = AFTER.exec(f.after);
  // "engineer team 8 人": the English role word right before the number (or before its team).
  // "- Teachers: 3": a line's field name, before its colon.
  const enBefore = /([a-z]{3,})(?:\s+(?:team|group|crew|squad))?\s*$/u.exec(f.context)?.[1] ?? /(?:^|\n)[^\S\n]*[-•*]?[^\S\n]*([a-z]{3,})[^\S\n]*[:：][^\S\n]*$/u.exec(f.lead ?? '')?.[1];
  // "our volunteers 8 people": a role word before the number names them better than "people" after it.
  const known = (w: string | undefined): boolean => w !== undefined && EN_LABEL.some(([re]) => re.test(w));
  const english = (f.written.match(/[a-z]{3,}/gu) ?? []).find((w) => known(w)) ?? (known(enBefore) && /^[\d\s.,+~]*(?:people|persons?)\b/u.test(f.written) ? enBefore : undefined) ?? /[a-z]{3,}/u.exec(f.written)?.[0] ?? EN_AFTER.exec(f.after)?.[1] ?? (known(enBefore) ? enBefore : undefined);
  // "李老师还带了两个技术员": the noun before is who brought them; the people after the unit are the ones counted.
  const brought = after !== null && BROUGHT.test(own);
  // "那个消防中队来了五个人": a team sent by a unit is named by the unit.
  const sentBy = SENT_BY_UNIT.exec(f.context)?.[1]?.replace(/^(?:那个|这个|那|这|还有|另外)/u, '');
  if (sentBy && sentBy.length >= 2 && lastNoun(own) === undefined && !after) return sentBy;
  // "协会志愿者轮流值守，累计出勤40人次": staff named in the clause before, when this one names none.
  // "去了五个护士还有两个医生" (no commas): the noun right after the count before is that count's, when this one names its own after.
  const ownNoun = lastNoun(own);
  const earlierOwn = after !== null && ownNoun !== undefined && own !== f.context && own.startsWith(ownNoun) && after[0].length > 0;
  // "消防大队的叔叔来了3位": adults named to children by kin words, after the body that sent them.
  const kin = ownNoun === undefined && !after ? KIN.exec(f.context) : null;
  if (kin) return KIN_BODY.find(([re]) => re.test(kin[1] ?? ''))?.[1] ?? kin[1];
  const found = (brought || earlierOwn ? undefined : ownNoun) ?? (after ? (after[2] ?? after[1]) : undefined) ?? lastNoun(f.context) ?? glossed(f) ?? inChinese(english) ?? namedByHead(f.after) ?? MADE_UP_OF.exec(f.after)?.[1] ?? STAFF_DOING.exec(f.context)?.[0] ?? helpers(f) ?? (roleOf(f) === 'staff' ? lastNoun(wordsSinceLastCount(f)) : undefined);
  return found && FAMILY.test(found) ? '家长' : found;
}

/** "镇应急办来了3个人帮忙": people who came to help, named by who sent them (else as helpers). */
function helpers(f: Figure): string | undefined {
  if (!HELPING.test(f.after)) return undefined;
  return /(\p{Script=Han}{2,6})(?:也)?(?:来了|派了|派来了?|出了|到了|去了)\s*$/u.exec(f.context)?.[1] ?? '帮忙人员';
}

/** "志愿者 guides 6 位": a people noun and its English gloss right before the number; the writer's own noun names them. */
const GLOSSED = new RegExp(`(${peopleWords('label')})\\s*[a-z]{3,}(?:\\s+[a-z]{3,})?\\s*$`, 'u');
function glossed(f: Figure): string | undefined {
  return /^\s*[a-z]/iu.test(f.context) ? GLOSSED.exec(f.lead ?? '')?.[1] : undefined;
}

function lastNoun(words: string): string | undefined {
  return [...words.matchAll(NOUN)].pop()?.[0];
}

/** "5个大夫", "3个外部评委": people no list knows, by the head of their noun ("6个人帮忙" names no one). */
function namedByHead(after: string): string | undefined {
  const noun = leadingPeopleNoun(after);
  return noun && !/^人/u.test(noun) ? noun : undefined;
}
