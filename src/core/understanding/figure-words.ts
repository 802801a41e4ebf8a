// The units, people nouns and patterns the figure reader reads a number's surroundings with.

export const PEOPLE_UNITS = ['人次', '号人', '口人', '人', '名', '位'];
export const OTHER_UNITS = [
  '万元', '亿元', '场次', '课时', '学时', '小时', '场', '次', '份', '册', '块', '件', '个', '家', '期', '篇', '幅', '张',
  '本', '套', '台', '所', '项', '条', '处', '批', '户', '组', '支', '辆', '元', '亩', '头', '只', '吨', '部', '株', '棵',
  '节', '门', '间', '座', '集', '面', '种', '类', '盒', '袋', '瓶', '箱', '副', '具', '枚', '册次', '份次', '人天', '批次', '趟',
  // Common counted things an office files as written: potted plants, flights, medical cases, plasters (三伏贴).
  '盆', '架次', '台套', '例', '贴',
  // One unit written with its alternative run together ("1260头只").
  '头只',
  // Things given away or used, as staff count them: seed packets, quilts, tools, pairs, kilograms.
  '包', '床', '艘', '架', '双', '顶', '桶', '罐', '斤', '公斤', '千克', '根', '卷', '捆',
  // Fish fry released, counted by 尾 and filed in 万尾 when written so ("放流鱼苗85万尾"), as money is in 万元.
  '尾', '万尾',
  // Times said in speech ("前前后后讲了三回"), filed as written; rounds of a drill or a contest ("演练搞了两轮").
  '回', '轮',
  // Orders taken in online selling ("当天就卖出去三百多单"), filed as written (not 单位, 单元).
  '单',
  // Volumes (blood given, liquid handed out) and bunches of flowers, filed as written.
  '毫升', '束',
  // Lamps made or hung (花灯, 灯笼): 盏 counts things, never people.
  '盏',
].sort((a, b) => b.length - a.length);
export const UNITS = [...PEOPLE_UNITS, ...OTHER_UNITS].sort((a, b) => b.length - a.length);
// "大概服务了150人次", "差不多接待了120": the about-word before a short verb and its 了.
export const APPROX_BEFORE = /(?:(?<![还就都也])得有|(约|大约|大概|(?<![最附])近|将近|接近|超过|逾|差不多|估计|about|around|approximately|approx\.?|nearly|over|roughly|some|~)\s*(?:得有|有|是)?|(?:大约|大概|差不多|估计|估摸|大致)\s*\p{Script=Han}{1,3}了\s*(?:有)?)\s*$/u;
export const APPROX_WORDS = ['左右', '上下', '出头', '以上', '往上', '好几', '来', '多', '余', '+', '几'];
/** Staff named by their post in 员 ("安全员", "宣传员", "网格员") or as referees: people, whatever they are counted in. */
export const POST_WORDS = '(?:安全|宣传|信息|网格|调解|联络|协管|监督|巡查|巡逻|安检|驾驶|操作|服务|指导|护理|保洁|保安|安保|救生|质检|农技|防疫|宣讲|实验|检验|化验|护林|保育|培训|测评|评审|植保|统计|通讯|联防)员|裁判(?:员)?';
const NAMED_PEOPLE = /((?<!机器|稻草|木偶)人(?![次民工])|大户|娃|技术员|负责人|秘书|骨干|委员|理事|学生|孩子|年轻人|小年轻|小朋友|宝贝|宝宝|萌娃|幼儿|同学|群众|居民|村民|老人|家长|市民|代表|专家|志愿者|老师|教师|职工|干部|会员|学员|观众|听众|读者|游客|人员|农民|青少年|儿童|妇女|科技工作者|企业家|选手|果农|菜农|茶农|花农|[蜂棉粮蔗烟菇药瓜桑蚕椒参姜蒜桃梨枣橘柑]农(?![业药技资机田场具历贸副产家作膜科协])|[渔牧灾股彩网山乡]民|(?:养[\p{Script=Han}]{1,2}|种[\p{Script=Han}]{1,2}|贫困|脱贫|低保|商|住|用)户|老乡|乡亲|师生|员工|工人|营员|党员|村干部|农户|养殖户|种植户|医生|护士|医护|护工|陪护|助教|执委|村医|教官|消防员|民警|警察|教练|律师|工程师|农艺师|教授|社员|组员|队员|讲解员|老同志|同志|同事|义工|社工|嘉宾|评委|导师|医师|兽医(?![站院所局])|大夫|校医|辅导员|小孩|骑手|快递员|外卖员|快递小哥|伙计|哥们|工友|(?:兄弟|姐妹)(?!单位|学校|院校|部门|县|市|省|乡镇|区|协会|科协|学会|企业|公司|城市|站|馆|医院|社区|村|俩|两个))/u;
export const PEOPLE_NOUNS = new RegExp(`${NAMED_PEOPLE.source.slice(0, -1)}|${POST_WORDS})`, 'u');
/** English nouns of people, as written after or before a count. */
export const EN_PEOPLE_WORDS = 'person-times|person-time|ppl|pax|attendees|participants|people|persons|visitors|visits|readers|viewers|spectators|onlookers|views|students|pupils|residents|guests|villagers|kids|children|teachers|volunteers?|farmers|workers|staff|employees|scientists|seniors|elderly|members|parents|citizens|delegates|experts|audience|pupils|engineers|judges|doctors|technicians|trainees|employees|coaches|instructors|mentors|tutors|awardees|winners|honorees|trainers|speakers|lecturers|presenters|facilitators';
export const EN_PEOPLE = new RegExp(`^(?:[a-z-]+\\s+){0,2}?(${EN_PEOPLE_WORDS})\\b`, 'u');
export const EN_UNITS: Record<string, string> = {
  leaflets: '份', brochures: '份', copies: '份', flyers: '份', pamphlets: '份', booklets: '册', books: '册',
  sessions: '场', lectures: '场', talks: '场', events: '场', workshops: '场', consultations: '次', 'check-ins': '次', boards: '块', items: '件',
  projects: '项', papers: '篇', exhibits: '件', posters: '张', households: '户',
};
export const PEOPLE_AHEAD = new RegExp(`^\\s*[\\p{Script=Han}]{0,3}?(${PEOPLE_NOUNS.source.slice(1, -1)})`, 'u');
export const PEOPLE_RIGHT_AFTER = /^(?:学生|孩子|小朋友|宝贝|萌娃|同学|群众|居民|村民|老人|家长|市民|观众|听众|游客|农民|果农|菜农|茶农|职工|员工|工人|师生|学员|会员|党员|村干部|干部)/u;
export const EN_STAFF_BEFORE = /\b(volunteers|staff|experts|judges|teachers|docents|guides|coaches|instructors|mentors|tutors)(?:\s+on duty)?\s*[:：]?\s*$/u;
export const SERVE_VERBS = /(参加|参与|服务|接待|覆盖|培训|吸引|到场|来了|出席|受益)/u;
export const EN_ATTENDED = /^(attended|came|joined|showed up|took part|watched|viewed|tuned)/u;
/** Groups of people counted by the group ("3个班", "5个村"), not by head. */
export const GROUPS = /^(班|组(?!员)|队(?!员)|车间(?!工人|职工|员工|主任|干部|代表(?!队))|代表队|参赛队|队伍|村(?!民|干部|医)|校(?!长|友|医)|社区(?!居民|群众)|单位|部门|乡镇|镇|乡|街道|学校|年级|小组|支队)/u;
/** "5个乡干部", "3个村代表": people of a place, counted by head. */
export const GROUP_PEOPLE = /^(?:乡镇|镇|乡|村|社区|街道)(?:干部|代表|党员|会员|居民|村民|群众)/u;
/** What was counted when it ends the clause before a number ("群众问题三十余个"): not people. */
export const THING_TAIL = /(团队|团体|队伍|班级|报告|讲座|节目|提案|问题|提问|疑问|留言|诉求|建议|意见|项目|作品|展品|展板|展位|课题|难题|成果|专利|案例|村|社区|学校|单位|企业|合作社|基地|站点|展区|台|摊位?|桌|点|栏|车|(?<![这那怎同模])样|样品|样本|标本)$/u;
/** A 村民小组 or team named by its number after going there ("在四组文化坝子", "到三组院坝"): a place, not a count. */
export const PLACE_BEFORE = /(?:在|到|去|于|从|住)\s*$/u;
export const PLACE_AFTER = /^(?:文化|院坝|坝子|广场|活动室|会议室|晒场|场院|村委)/u;
/** A comparison or a target in the clause before a number: its figures are context, not the event's. */
export const COMPARED = /(?:较|比|相比|对比|比起|超过|低于|高于)\s*(?:了\s*)?(?:去年|上年|往年|前年|上届|上次|上回|上月|上个月|上周|上期|上季度|同期|以前|以往|平时|平常|原计划|计划|目标|[\d\s]{2,}|二〇|[\d一二三四五六七八九十]{1,2}\s*(?:月|季度))|同比|环比|(?:计划|目标|任务数?)\s*(?:是|为|数)/u;
/** A clause that opens on an earlier period ("去年国庆是9800人次"): compared when the same unit was counted before. */
export const EARLIER = /^(?:去年|上年|往年|前年|上届|上次|上回)/u;
/** The parts before 各 ("上下午各", "两天各办了"), then the number each had. */
export const EACH_OF = /(上下午|上午下午|上午和下午|上午、下午|早晚|周六日|周六周日|周六和周日|[两二三四五六七八九十]\s*(?:天|个?(?:乡镇|村|社区|学校|班|校区|点)))\s*(?:都)?\s*各\s*(?:办了?|搞了?|讲了?|放了?|演了?|开了?|上了?)?\s*$/u;
export const SERIES_EACH = /^(?:场|次|期|批|轮|节)/u;
export const MEETING_AFTER = /^(全委会|常委会|全会|全体会议|代表大会|会议|会|主席团)/u;
/**
 * Counting words the reader knows are units but does not store without asking what they count ("发射成功了22枚" is
 * read, "12艘" too): a count in one of these is a question, never dropped and never stored as 个. Each is kept from
 * the words it opens ("片区", "根据", "车间", "单位", "针对").
 */
export const UNKNOWN_UNIT = /^(?:台次|车次|人份|把(?![手握关持控])|颗|粒|根(?!据|本|源)|双(?![方向创减拥语百休胞])|艘|尾|羽|顶(?![级尖层])|串|捆|卷(?![入])|桶|罐|床|架(?![构子设])|朵|枝|片(?![区])|剂(?![量])|针(?![对])|笔(?![记试])|宗|棵次|匹|窝|筐|垄|丛)/u;

/** "两个最美铁路科技工作者", "3位优秀志愿者": people honoured by a title, named right after their count. */
export const HONOURED_AFTER = new RegExp(`^(?:最美|十佳|优秀|先进|模范|金牌|杰出)\\p{Script=Han}{0,8}?(?:${PEOPLE_NOUNS.source})`, 'u');
