// Issue 16, the thirteenth holdout's missed follow-ups, each as a general rule with sentences of our own.
import type { CorrectionCase } from '../eval/score-corrections.js';
import { correctionCasesAreRight } from '../support/correction-cases.js';

const cases: CorrectionCase[] = [
  {
    id: '补充：N号<name>志愿者有N名: a 人(志愿者) figure added to the record of that day, not to the latest one',
    today: '2026-10-18',
    before: ['10月15日县体育广场防灾减灾宣传日活动，群众约2100人次，发放手册3000份', '10月17日城关镇图书馆科普读书会，读者80人'],
    text: '补充：15号宣传日活动志愿者有26名，之前漏了',
    expect: 'add',
    target: 0,
    changes: { metrics: { 份: 3000, '人(志愿者)': 26 } },
  },
  {
    id: 'a thread reply 补一个数，这次服务农户N户: 户 added to the thread\'s record',
    today: '2026-03-20',
    before: ['3月15日县农技中心专家到青石镇开展科技服务，群众约90人', '3月18日白马乡小学科普课，学生60人', '3月19日城关镇安全培训，45人'],
    thread: 0,
    text: '再补个数字，那次一共服务果农37户',
    expect: 'add',
    target: 0,
    changes: { metrics: { 户: 37 } },
  },
  {
    id: '<place>那场搞错了，N是报名的，实到M人: the reason clause names the old figure; the value follows it',
    today: '2026-06-14',
    before: ['6月10日青石镇夏季防溺水安全培训，报名学生88人，发放手册150份。', '6月12日城关镇社区健康讲座，居民60人', '6月13日白马乡农机培训，农机手35人'],
    text: '青石那场我弄错了，88是报名人数，实到64个',
    expect: 'apply',
    target: 0,
    changes: { headcount: 64 },
  },
  {
    id: '<speaker>那个讲座人数多报了，是N不是M: a slip, then the new and old figure bare',
    today: '2026-05-08',
    before: ['5月5日请县气象局赵工到白马中学讲防雷知识，学生260人。', '5月6日县中医院孙大夫到城关镇社区开展中医养生讲座，居民140人参加，发放资料300份', '5月7日青石镇茶叶加工培训，42人'],
    text: '孙大夫那个讲座人数多写了，是104不是140 😅',
    expect: 'apply',
    target: 1,
    changes: { headcount: 104 },
  },
  {
    id: '<name>那个不是一天，是A号到B号…，N是几天总数: a span; the aside on the total keeps the figure',
    today: '2026-08-07',
    before: ['8月3日县体育馆暑期科普嘉年华，参观群众4200人次', '8月5日城关镇科普讲座，居民90人'],
    text: '嘉年华那个不是一天，是3号到5号连着办的，4200是三天加起来的总数',
    expect: 'apply',
    target: 0,
    changes: { date: '2026-08-03', dateEnd: '2026-08-05' },
  },
  {
    id: '<place>那个也是X的，记到<end of the observance name>下面: the short name names that observance\'s item',
    today: '2026-05-23',
    before: ['5月18日城关一小科技活动周科普讲座，学生380人', '5月20日白马乡集市开展健康义诊，群众约180人，发放资料600份', '5月22日青石镇科技活动周科普展览，群众500人次'],
    text: '白马乡那个义诊也是科技周期间搞的，挂到活动周那一项下面',
    expect: 'apply',
    target: 1,
    changes: { item: '二/（一）/1' },
  },
  {
    id: 'N号<place>那个其实不是<kind>，是<other kind>，<where>: the title says the other kind',
    today: '2026-07-09',
    before: ['7月6日青石镇茶园夏季管理培训，茶农70人，服务农户40户', '7月8日城关二中科技社团活动，学生35人'],
    text: '6号青石那个其实不是培训，是茶园现场演示，在王家坪的茶山上弄的',
    expect: 'apply',
    target: 0,
    changes: { titleIncludes: '演示' },
  },
];

correctionCasesAreRight('h13 follow-ups', cases);
