// The words that name people in a report, each with the part they play: staff who ran or served an event, the
// audience who came to it, family who came with the children, members or officers of a body. One list, read both
// for a figure's label ("人(志愿者)", people-label.ts) and for its role (headcount.ts).

/** staff: ran, taught or served it; audience: came to it; family: came with the children; member: of a body. */
import { POST_WORDS } from './figure-words.js';

export type PeopleRole = 'staff' | 'audience' | 'family' | 'member';

export interface PeopleWord {
  /** A regular-expression source: a literal noun, a verb of staff work, or an English stem. */
  word: string;
  role: PeopleRole;
  /** 'label': a noun that names people in a label only; 'role': a word the role patterns read only. Default: both. */
  only?: 'label' | 'role';
}

const staff = (words: string, only?: 'label' | 'role'): PeopleWord[] => words.split('|').map((word) => ({ word, role: 'staff' as const, ...(only ? { only } : {}) }));

/**
 * In one order: where one word starts another ("志愿者" and "志愿", "医护人员" and "医护", "讲解员" and "讲解"), the order
 * of the pair is the order the patterns were written in, so every pattern matches as it did.
 */
export const PEOPLE_WORDS: readonly PeopleWord[] = [
  ...staff('志愿者'),
  ...staff('志愿|volunteer|\\bstaff|expert|engineer|judge|doctor|technician|coach|instructor|mentor|tutor|trainer|speaker|lecturer|presenter|facilitator|awardee|winner|honoree', 'role'),
  ...staff('专家|技术员|工程师|农艺师|技术人员|科技人员|农技人员|医务人员|工作人员|执法人员|辅警|干警'),
  ...staff('医护人员', 'label'),
  ...staff('医护|医生|医师|兽医(?![站院所局])|大夫|护士|护工|陪护|村医|校医|讲解员|(?<!听)讲师|导师|助教|评委|裁判员?|嘉宾|领导|处长|科长|辅导员|教官|消防员|民警|警察|教练|律师|法官|检察官|社工|义工'),
  { word: POST_WORDS, role: 'staff', only: 'label' },
  ...staff('服务队员|主讲|授课|老师授课|教师授课|带队老师|带队教师|陪同|随行|工作组|(?<![听看])讲解|授课专家|同事|派员|(?<!工)作者', 'role'),
  { word: '执委', role: 'member', only: 'label' },
  { word: '委员', role: 'member', only: 'label' },
  { word: '理事', role: 'member', only: 'label' },
  ...staff('队员'),
  ...'学生|孩子|小朋友|宝贝|宝宝|萌娃|幼儿|同学|群众|居民|村民|老人|家长|市民|代表|职工|干部|会员|学员|观众|听众|游客|农民|青少年|儿童|妇女|科技工作者|企业家|选手|果农|菜农|茶农|老乡|乡亲|师生|员工|工人|营员|党员|农户|养殖户|种植户|教师|老师|年轻人|小年轻'.split('|').map((word) => ({ word, role: 'audience' as const })),
  { word: '亲子', role: 'audience', only: 'role' },
  // "参与民兵32名": a label only; whether they served or were trained is read from the words around them.
  { word: '民兵', role: 'audience', only: 'label' },
  { word: '社员', role: 'member', only: 'label' },
  ...'妈妈|奶奶|爸爸|爷爷|外婆|外公|姥姥|姥爷'.split('|').map((word) => ({ word, role: 'family' as const, only: 'label' as const })),
];

/** The words of a role, or of the label list, as one alternation (in list order). */
export function peopleWords(use: 'label' | 'role', role?: PeopleRole): string {
  return PEOPLE_WORDS.filter((w) => w.only !== (use === 'label' ? 'role' : 'label') && (role === undefined || w.role === role)).map((w) => w.word).join('|');
}
