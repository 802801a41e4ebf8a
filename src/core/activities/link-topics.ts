// The topics of a 科协's year and the words plans use for them: what an activity is about, beside the words it shares.
import { normalizeText } from '../text/normalize.js';
import { isGenericPhrase } from './item-object.js';

const FARMING = '科技志愿服务下乡 农户';
/**
 * Going to the countryside as the service: a caravan, a film or a show taken there (科普大篷车下乡) is a show of its own,
 * and so is another body's trip named by its own subject (消费维权下乡, 普法下乡, 金融知识下乡).
 */
const OTHER_TRIP = '大篷车|电影|文艺|演出|送戏|维权|打假|普法|送法|法律|金融|保险|反诈|防诈';
const SERVICE_TRIP = `(?<!(?:${OTHER_TRIP})(?:知识|宣传|服务)?)下乡`;
/** Online (线上直播培训, 在线观看): experts who answer farmers on a screen have not gone 下乡. */
// ("讲保鲜和网上销售": selling online is what was taught, not how.)
const ONLINE = /线上|直播|在线|网上(?!销售|卖|开店|购物|营销)|网络(?!销售|营销)|云课堂|视频号|抖音|快手|online|livestream/iu;
const ON_SITE = new RegExp(`${SERVICE_TRIP}|进村|到村|入户|田间|地头|现场`, 'u');
/**
 * A township station's own staff (镇农技站小刘讲的) teaching in a village: the station's routine work, not the
 * county's 专家服务团, unless the report names the programme or its experts.
 */
// A tobacco station (烟叶工作站, 烟站) teaching its growers does the tobacco company's line work, wherever it is held.
/** A course for the 科技特派员 themselves (科技特派员业务培训班): training the envoys, not serving farmers. */
const ENVOYS_TRAINED = /特派员(?:的)?(?:业务|能力|岗前|专题|素质)?(?:培训|轮训|研修)/u;
/** A room of the writer's own station or office (在站里培训室, 我所会议室): farmers who came in were not served 下乡. */
const OWN_PREMISES = /(?:站里|所里|本站|我站|本所|我所|中心里|我中心|本中心)(?:的)?(?:培训室|会议室|教室|报告厅|大厅|多功能厅)/u;
const TOWN_STATION = /烟叶(?:工作)?站|烟草站|烟站|[镇乡](?:农技站|农业站|农技中心|农业(?:综合)?服务中心|农技推广站|农综站|畜牧站|兽医站)/u;
/** Field work done for farmers as a department's own service (水稻统防统治, 无人机飞防, 代耕): not the 下乡 programme. */
// "植保无人机喷药演示": 飞防 written out, shown or done.
// "到西湾村检修滴灌设备": a unit's own water works repaired or put in where farmers farm is its line work too (not
// "帮果农维修农机设备", farmers' machines mended for them).
// "去了三个村,查松材线虫病疫木清理情况": a department's inspection of how its orders were carried out is its line work too.
// "农机安全检验进村入户，检验机具128台": a department's inspection of farmers' machines is its regulatory duty too.
const FIELD_OPERATION = /(?:检验|年检|年审)[^，。；,;]{0,6}(?:机具|农机|拖拉机|收割机|微耕机|旋耕机)|(?:农机|机具)[^，。；,;]{0,6}(?:检验|年检|年审)|统防统治|飞防|代防代治|托管服务|代耕|代收|无人机[^，。；,;]{0,4}(?:喷药|喷洒|施药|打药)|(?:检修|维修|抢修|安装|调试)[^，。；,;]{0,4}(?:滴灌|喷灌|灌溉|管道|管网|渠道|泵站|水泵|机井)|(?:检查|督查|核查|排查|巡查|查)[^，。；,;]{0,12}(?:清理|落实|整改)情况/u;
// A station's own experts ("县土肥站专家") come with its line's work, not as the programme's.
const PROGRAMME_NAMED = new RegExp(`${SERVICE_TRIP}|服务团|科技志愿|(?<![站所])专家`, 'u');
const DISASTER = '防灾减灾 应急科普';
/**
 * The 减灾 item's own work: 应急科普讲座 (a talk, a class, sessions taken to communities counted in 场:
 * "气象灾害防御科普进社区共开展3场") or the observances' publicity. Flood leaflets handed out, an experience day or a
 * drill with neither is on the topic but not that work: the item's on its observance days only (most writers leave a
 * school's or a works' drill in March or September unlinked).
 */
// "进村讲防汛避险", "讲解地震避险知识": 讲 of the subject itself is a talk too; so is a class pupils sat in on (听课的学生). 讲解 alone is not: staff explain at a stall,
// a drill or a door ("设点咨询、入户讲解等形式"), and a publicity round with it is still publicity.
// A talk's quoted title counts the same (讲“冬季气象灾害与老人防护”: the subject a few words into it).
// "进校园进社区 应急科普 共9场": 应急科普 sessions counted in 场 are the item's talks by its own word; so are "讲了三场".
// 防震减灾 is the item's work when a drill, a talk or its knowledge goes with it ("防震减灾应急演练", "作防震减灾专题讲解一场");
// "防震减灾进社区" on its own, a round of publicity away from the observances, is not.
const DISASTER_WORK = /应急科普[^。！!\n]{0,8}?[\d一二两三四五六七八九十几]+\s*场|讲了?[\d一二两三四五六七八九十几]+\s*场|讲解?了?[“"「『]?[\p{Script=Han}]{0,4}?(?=防汛|防震|防雷|防灾|避险|减灾|应急|逃生|地震|灾害|自救|互救)|(?:科普|知识)(?:进|走进)(?:社区|校园|学校|村|乡村|农村|乡镇)[^。！!\n]{0,16}?[\d一二三四五六七八九十两几]+场|讲座|宣讲|讲课|授课|课堂|上课|听课|培训|减灾日|防灾减灾|防震减灾(?=[^。！!\n]{0,6}?(?:演练|讲解|讲座|知识))|安全教育|talk|lecture|class|training/iu;
const VISITS = '走访慰问';
/**
 * Whom the 走访慰问 item visits: science workers, by name or by their work (专家, 工程师, 技术骨干, 农技员), or whoever is
 * visited for their day. Veterans, the elderly or families in need visited (八一, 重阳, 春节) are another body's care.
 */
const SCIENCE_PEOPLE = /科技工作者|科技人员|科研|科学家|院士|专家|人才|工程师|技师|技术|骨干|农技|engineer|scientist|researcher|technician|science workers|tech(?:nology)? workers/iu;
const MUSEUM = '县科技馆 市科技馆 科技馆展品 科技馆接待';
const MOBILE = '流动科技馆巡展进校园';
const SCHOOL = /学校|校园|小学|中学|中心校|村小|完小|school/iu;
/** Where a tour went other than a school (流动科技馆社区行, 进社区, 广场): the 进校园 item's object is schools. */
const NOT_SCHOOL = /社区|广场|集市|商场|景区|乡镇|(?<![\p{Script=Han}]所)村(?!小)|community|square/iu;
/** The museum itself, not a tour's 布展 at a school: named, or its own visitors. */
/** A library's own words (阅读季, 绘本, 借阅): its 馆里 is the library, not the 县科技馆, unless the museum is named. */
const LIBRARY = /图书馆|阅读|绘本|借阅|读者|书屋|藏书/u;
/**
 * A course for a trade or a duty: vocational training (村医应急救护技能培训), a 业务培训, or a class of the people whose post
 * is the disaster work itself (山洪灾害监测员, 群测群防员, 灾情信息员, 水利员). It serves those who do the work, not the
 * public the 减灾 item's 应急科普 is for; on the observance days it is the item's still.
 */
// A firm's or a site's 安全员 (加油站, 仓库, 工地) is a post of the same kind: their course is their job's, not the public's.
const DUTY_POST = '(?:(?:监测|测报|速报|信息|巡查|巡护|群防|水利|护林|防汛|安全)员|安全管理人员|安全专干)';
const SKILLS_COURSE = new RegExp(`技能培训|技能训练|技能比武|业务(?:知识)?培训|岗位培训|${DUTY_POST}[^。！!\\n]{0,16}(?:培训|参训)|(?:培训|参训)[^。！!\\n]{0,16}${DUTY_POST}`, 'u');
/** A works' own safety drill (厂区危化品泄漏应急演练, 车间消防演练): production safety, not the 减灾 item's 应急科普. */
const WORKPLACE_DRILL = /(?:厂区|车间|工厂|厂里|全厂|我厂|公司|企业|危化品|化工|生产安全|安全生产|班组)[^。！!\n]{0,30}演练|演练[^。！!\n]{0,30}(?:厂区|车间|全厂|班组)/u;
/** Not the museum's staff come with a tour ("科技馆的老师加了语音讲解"): they are the tour's helpers, not the museum as a place. */
const MUSEUM_ITSELF = /(?<!流动)科技馆(?!的?(?:派|老师|辅导员|讲解员|工作人员|专家))|馆里|馆内|本馆|我馆|来馆|到馆|进馆|入馆|在馆|展厅|观众|游客|散客/u;
/** A step still waiting for its answer (申报…等通知): the 创建 work is not done, and the report is about something else. */
const PENDING = /等通知|等结果|等消息|待审|还没(?:批|下来|定|通过)|尚未(?:批|通过|验收)/u;
const CREATION = '科普示范社区 科普教育基地';
/**
 * A museum programme taken out ("'科技馆里的科学课'送进了4所中学", "科技馆百校行走进…小学") happens at a school:
 * the museum's own visitors and exhibits are not its work unless the report says people came or exhibits changed.
 */
const OUTREACH = /送进|送到|送入|送去|送课|走进|走入|进校园|进社区|进乡村|巡讲|(?:to|into|visited) (?:a |the |\d+ )?(?:school|village)/iu;
// Exhibits count only as changed (展品更新, 新展品): "展出流动展品" at a school is the programme's, not the museum's.
const RECEIVED = /接待|来馆|到馆|进馆|入馆|在馆|馆内|展厅|展品(?:更新|采购|上新|维修|调换)|新展品|布展|展区|展项|观众|游客|散客/u;
/**
 * The museum's own camp or course ("本馆举办寒假科学营开营仪式，学员及家长约120人"): its pupils are not the visitors the
 * museum item counts, and writers disagree on it, so without visitors (接待, 观众, 人次) it is offered, not linked. A
 * camp another body holds at the 县科技馆 by name brings visitors, and stays linked.
 */
const OWN_PROGRAMME = /令营|科学营|科技营|研学营|培训营|开营|结营|营员|培训|课程班/u;
/**
 * The museum training its own helpers ("讲解志愿者岗前培训", "volunteer onboarding"): those trained will serve the visitors,
 * they are not visitors, even walked round the 展区. Linked only when the report also counts visitors received.
 */
const HELPERS_TRAINED = /(?:志愿者|讲解员|辅导员|工作人员|volunteers?|docents?|guides?)[^。！!\n]{0,20}(?:培训|岗前|上岗|training|onboarding|orientation)|(?:培训|岗前|training|onboarding|orientation)[^。！!\n]{0,20}(?:志愿者|讲解员|辅导员|volunteers?|docents?)/iu;
/** "电站科普展厅", "公司展厅", "基地的展厅": an exhibition hall a unit other than the museum keeps. */
const UNIT_HALL = /(?:站|厂|公司|企业|基地|医院|中心|局|所|园区|协会|学会)(?:的)?(?:科普)?展(?:厅|廳)/u;
const VISITORS_COUNTED = /接待|观众|游客|散客|参观|人次|visitors/iu;
/** A room of the museum used as a venue ("县科技馆报告厅", "科技馆三楼会议室"): the event held there is not the museum's. */
const MUSEUM_ROOM = /科技馆[^，。,;；]{0,4}(?:报告厅|会议室|多功能厅|学术厅|演讲厅|讲堂|礼堂|培训室|会议厅)/u;
const PHONE_HELP = /(?:装|安装|下载|下)\s*[^，。,;；\n]{0,10}?(?:app|软件|小程序)|智能手机|smartphone|手机课/iu;
/** Farming techniques a talk in a village teaches, and the mushrooms many hill villages grow. */
const FARM_WORK = '病虫害|修剪|剪枝|种植|栽培|嫁接|施肥|育苗|春耕|备耕';
const MUSHROOM = '食用菌|香菇|菌菇|蘑菇|木耳|菌棒';
/**
 * A course for farmers on a subject that is not farming (农村电商, 直播带货, 商标, 地理标志, 普法, 金融, 防诈): growers
 * taught to sell, to protect a brand or to keep their money are not served by the 下乡 programme's experts, unless the
 * report names the programme or also teaches a technique.
 */
const NOT_FARMING_SUBJECT = /电商|直播带货|带货|网店|知识产权|地理标志|商标|专利|普法|法律|法治|民法典|反诈|防诈|电诈|诈骗|金融|保险|贷款/u;
const FARM_TECHNIQUE = new RegExp(`${FARM_WORK}|${MUSHROOM}|病害|防治|防疫|保鲜|储藏|采收|管护|田管|套袋|育秧|测土|[春夏秋冬]管`, 'u');
/**
 * A row of a pasted table ("1/22 | 石门村 | 病虫害防治 | 约50"): its cells put a village beside a subject, which says where and
 * what, not who went. It is the 下乡 service when the table names the programme, someone sent or the farmers served.
 */
const TABLE = /[|｜\t]/u;
/** What a row of such a table takes from the whole (read by the 下乡 topic's veto). */
const TABLE_ROW_MARK = '表格行';
const SENT_OR_SERVED = /专家|技术员|农技|服务团|特派员|下乡|科技志愿|农户|果农|菜农|茶农|梨农|蜂农|种植户|养殖户|大棚户|[\d一二两三四五六七八九十百]+户/u;
/**
 * A broadcaster's own show ("《田间地头》栏目在年货大集做了现场直播", "给县电视台录了一期节目"): its guests are no service.
 * Not a performance (表演了节目) nor the media covering the service (县融媒体中心跟拍报道, 电视台报道).
 */
const MEDIA_SHOW = /栏目|(?:录|录制|拍|拍摄|做)了?[^，,。；;]{0,4}节目/u;
const SERVICE_NAMED = /下乡|服务团|科技志愿|特派员/u;
/** A publicity round (防火宣传进村入户, leaflets to 农户) with no expert, training or advice is not the 下乡 service. */
const PUBLICITY_ONLY = /^(?=[^]*宣传)(?![^]*(?:技术|培训|指导|专家|课堂|讲座|咨询|下乡|志愿))/u;
/**
 * The 下乡 service itself: the programme named, experts taken to farmers, or farmers served where they farm.
 * A 果树修剪培训 in a town, a 农技协 members' meeting or a hotline is farming, not that service (asked by choice).
 */
const FARM_SERVICE = new RegExp(
  [
    // 科技特派员: experts the county sends to villages, the programme by another name.
    `${SERVICE_TRIP}|服务团|科技志愿服务|志愿服务队|田间课堂|田间学校|地头课堂|科技特派员`,
    // "组织技术员分片入户查蜂螨": technicians sent to the farmers' homes.
    '(?:专家|技术员)[^]*(?:农技|农户|果农|菜农|茶农|梨农|蜂农|种植户|养殖场?户|大棚|[果茶梨桃菜]园|采摘园|田间|地头|村(?!民)|入户)',
    '(?:农技|农户|果农|菜农|茶农|梨农|蜂农|种植户|养殖场?户|大棚|[果茶梨桃菜]园|采摘园|田间|地头|村(?!民))[^]*(?:专家|技术员)',
    '(?:村(?!民)|田间|地头|[果茶梨桃菜葡萄]园|采摘园|大棚|示范园|合作社)[^]*(?:农户|果农|菜农|茶农|梨农|蜂农|种植户|养殖场?户|大棚户|[\\d一二两三四五六七八九十百千几多余来]户)',
    '(?:农户|果农|菜农|茶农|梨农|蜂农|种植户|养殖场?户|大棚户|[\\d一二两三四五六七八九十百千几多余来]户)[^]*(?:村(?!民)|田间|地头|[果茶梨桃菜葡萄]园|采摘园|大棚|示范园|合作社)',
    '(?:农户|果农|菜农|茶农|梨农|蜂农|种植户|养殖场?户|农民)[^，。]{0,4}(?:参加|参训|到场|听讲)|(?:参训|培训|到场|来了|参加)[^，。]{0,4}(?:农户|果农|菜农|茶农|梨农|蜂农|种植户|养殖场?户|农民)',
    '(?:给|为|向|帮|服务)[^，。]{0,4}(?:农户|果农|菜农|茶农|梨农|蜂农|种植户|养殖场?户|农民|大棚户)',
    // A technique taught where farmers farm: a 培训 or 现场会 in a village (X村, X庄) or at a 合作社.
    // So is a talk given there on a farming subject, not one by a village's 农技协 on health ("在桃源村讲水稻病虫害", "双河村 春耕备耕讲座",
    // "合作社讲食用菌越冬管理"): the topic words say it is farming.
    `(?:(?![镇乡各])[\\p{Script=Han}]村(?!民)|[\\p{Script=Han}]庄(?!稼|园|重|严)|合作社)[^，。；,;]{0,16}(?:培训|现场会|现场指导|技术讲座|(?:${FARM_WORK})[^，。；,; ]{0,6}讲座|[讲教](?=[^，。；,;]{0,8}(?:${FARM_WORK}|${MUSHROOM})))`,
    // A village's line of a technician's log ("6/1 东村 果园病虫害 38人"): a technique named right after the village.
    '(?:(?![镇乡各])[\\p{Script=Han}]村(?!民))[^，。；,;]{0,6}(?:病虫害|剪枝|嫁接|育苗|修剪)',
    // A stall at a rural market (大集, 集市) giving 科技咨询 or staffed by experts.
    // Any advice there counts (果树病虫害咨询): the topic words say it is farming.
    '(?:大集|集市|赶集|集上)[^。！!\\n]{0,30}(?:咨询|专家|技术员|农户)|(?:咨询|专家|技术员)[^。！!\\n]{0,30}(?:大集|集市|赶集)',
    // "villagers" says who came, as 村民 does: not that farmers were served.
    'farmers|beekeeping|agricultur|village(?!rs)|township',
  ].join('|'),
  'iu',
);

/**
 * The topics of a 科协's year, as staff and English speakers name them, mapped to the words plans use:
 * "earthquake safety talk" and "地震避险讲座" both serve the 防灾减灾 item.
 */
export const TOPICS: Array<[RegExp, string]> = [
  // Disasters and emergencies; fire safety at work or at home (消防 training) is not the 减灾 item's.
  // 应急 as a subject (应急科普, 应急演练), not as an adjective of some other help ("防冻应急技术指导").
  // Fire safety (冬季防火讲座, 森林防火宣传, 消防安全) is a theme of its own: it serves the 减灾 item only when
  // the writer calls it 应急科普 or holds it for the observance, which the rules below and the observances see.
  [/地震|防震|防雷|防雹|冰雹防御|防灾|避险|寒潮|暴雨|灾害防御|气象灾害|自然灾害|山洪|泥石流|滑坡|应急(?=科普|演练|疏散|知识|避险|安全|宣传|讲座)|防汛|洪水|台风|逃生|减灾|地质灾害|earthquake|disaster|flood|emergency|evacuation/iu, DISASTER],
  // The 大篷车 or a 巡展 at a school is the 巡展进校园; on a square or round the townships it is a show of its own.
  // So is the museum's programme taken into schools ("科技馆'百校行'走进…小学", "'科技馆里的科学课'送进了4所中学").
  [/流动科技馆|(?:巡展|科普大篷车)(?=[^]*(?:学校|校园|小学|中学|中心校|村小|完小|school))|(?:学校|校园|小学|中学|中心校|村小|完小)[^]*(?:巡展|科普大篷车)|科技馆[^，。,;；]{0,12}(?:送进|走进|送到|送入|进)[^，。,;；]{0,10}(?:学校|校园|小学|中学|中心校)|mobile science|mobile museum|touring exhibit/iu, MOBILE],
  // Volunteers and farming for the 下乡 programme; a volunteer at any event, or a school garden, is not it.
  [/科技特派员|农机|科技志愿服务(?=[^。！!\n]{0,30}(?<![镇乡各])[\p{Script=Han}]村(?!民))|(?<![镇乡各])[\p{Script=Han}]村(?!民)[^。！!\n]{0,30}科技志愿服务|科技志愿服务|志愿服务队?下乡|(?<!大篷车|电影|文艺|演出|送戏)下乡|服务团|农技|油菜|田管|田间课堂|果农|菜农|茶农|梨农|蜂农|种植户|大棚|田间|[果茶梨桃]园|葡萄园|采摘园|栽培|[夏冬]剪|套袋|嫁接|疏[花果]|育苗|农业专家|养殖|修剪|病虫害|病害|果树|茶叶|茶树|核桃|板栗|柑橘|猕猴桃|葡萄|食用菌|香菇|菌菇|蘑菇|木耳|菌棒|抹芽|霜霉病|[小大]麦|玉米|水稻|整地|农户|蜂|畜禽|畜牧|牲畜|家禽|生猪|兽医|水产|农作物|庄稼|植保|测土|施肥|育秧|剪枝|(?<![镇乡各])[\p{Script=Han}]村(?!民)[^，。,;；\n]{0,8}(?:春耕|备耕)|(?:专家|技术员)[^，。,;；]{0,8}(?:下到|下|进|到)[^，。,;；]{0,6}村(?!民)|在[^，。,;；]{1,8}村(?!民)[，, ]?(?:专家|技术员)|farmers|beekeeping|agricultur|(?:volunteer|expert)s?.{0,30}(?:farm|village(?!rs)|township)|(?:farm|village(?!rs)|township).{0,30}(?:volunteer|expert)|(?:大集|集市|赶集|集上)[^。！!\n]{0,30}(?:科技咨询|专家|技术员|农户)|(?:科技咨询|专家|技术员)[^。！!\n]{0,30}(?:大集|集市|赶集)/iu, FARMING],
  // Building 企业科协s (成立, 组建, 备案), not whatever a company's 科协 runs (a training is not building one).
  [/(?:(?:公司|企业|厂|集团).{0,6}(?:科协|科学技术协会)|企业科协).{0,12}(?:成立(?![一二三四五六七八九十几多两\d]+年|以来|[之以]?后)|组建|备案|筹建|筹备|新建|授牌|挂牌|揭牌|换届|运行|(?<!基地|园区|工程|项目|制种)建设)|(?:成立|组建|备案|筹建|筹备|新建|授牌|挂牌|揭牌).{0,16}(?:公司|企业|厂|集团).{0,6}科协|(?:founded|set up|established|registered).{0,40}(?:enterprise|company)|(?:enterprise|company).{0,40}(?:founded|set up|established|registered)/iu, '企业科协建设'],
  // "馆里", "来馆", "本馆" say "our 馆", any 馆 (a library's 馆里 as much as the museum's): they name the museum only when
  // the sender's unit is it (ownHall). "Planetarium", "球幕" and its exhibits are the museum's own.
  // The county's museum (not 市科技馆, 省科技馆 visited) as the place, not as a helper ("县科技馆派了2名辅导员", "邀请科技馆老师到校"); 研学 only when received here.
  // Its exhibits (新展品布展, 航天展区) are the 展品更新 work wherever the report names the museum or not.
  // A day's or a period's visitors counted in 人次 ("值班记录：全天接待观众约420人次") are the museum's, named or not.
  [/(?<!流动|[市省]|中国)科技馆(?!的?(?:派|老师|辅导员|讲解员|工作人员|专家))|展厅|展品|布展|展区|展项|接待.{0,12}研学|接待[^，。,;；]{0,6}团体|接待[^，。,;；]{0,4}(?:观众|参观群众)[^，。;；]{0,8}人次|团体接待|(?:重新|恢复)开放|球幕|天象厅|planetarium|(?<!mobile )science museum|(?<!mobile science )(?<!mobile )museum/iu, MUSEUM],
  [/科普日|科普月|science day|science popularization (?:day|month)|popular science (?:day|month)/iu, '全国科普日'],
  [/科技周|科技活动周|science week|tech week/iu, '全国科技活动周'],
  // Not as the people who came ("会员和科技工作者146人"): an audience is not a subject.
  // "走访慰问了5位退休老专家": the 科技工作者日 visits, whoever is visited among experts and scientists.
  [/科技工作者(?![\d一二三四五六七八九十百几]+[名人位]|协会|学会|之家)|走访慰问[^，。,;；]{0,12}(?:专家|人才|工程师|科研|科技)|tech(?:nology)? workers|science workers|scientists|researchers/iu, '科技工作者'],
  // Visiting workers is the 走访慰问 work, not their survey or their proposals; visiting farmers is not it.
  [/走访慰问|慰问(?!品|金|物资|信|演出|袋|礼)|走访[^，。,;；]{0,12}(?:科技工作者|专家|人才|工程师|科研|科技人员|科学家)|visit(?:ed|s|ing)?\b[^.]{0,40}(?:science workers|tech(?:nology)? workers|scientists|researchers|engineers)/iu, VISITS],
  // "向县科协报送《关于…的建议》一条": a proposal sent up is the 建言献策 work, whatever its subject.
  [/建言献策|(?:报送|提交|呈报|上报|递交)[^，,。；;\n]{0,30}?建议》|suggestions|proposals/iu, '建言献策信息'],
  // The 创建 programmes as work done on them (a 示范社区 accepted, a 基地 given its plaque), not a 基地 visited.
  [/(?:示范社区|科普(?:教育)?基地)[^。！!\n]{0,40}(?:创建|授牌|挂牌|揭牌|验收|命名|评选|申报|考评|建设|新建)|(?:创建|授牌|挂牌|揭牌|验收|命名|评选|申报|考评|建设|新建)[^。！!\n]{0,40}(?:示范社区|科普(?:教育)?基地)/iu, CREATION],
  // The year's written summary, not a 总结会 (a meeting).
  [/(?:工作总结|年度总结)(?![^，。,;；]{0,4}(?:会|座谈))|annual summary/iu, '年度工作总结'],
  [/全委会|全体委员|(?:委员会|科协)[^，。,;；]{0,10}全体会议/iu, '全委会'],
  // A staff skills contest (职工技能竞赛) is not the youth innovation contest. The county's judging of works (县级评审, 区级终评)
  // with works or pupils' defences is the contest's own stage, its name unwritten ("县级评审昨天搞完了，参评作品137件").
  [/[县区]级(?:终评|初评|复评|评审)(?=[^]*(?:作品|答辩|问辩|市赛))|创新大赛|科技创新|科创(?:大赛|比赛|竞赛|作品)|大赛|(?<!技能|职工)竞赛|(?<!技能|职工)比赛|作品征集|评审|competition|contest/iu, '科技创新大赛'],
];

/** Visitors received elsewhere (a farm base, a village, a company) are that place's, not the museum's. */
const OTHER_VENUE = /基地|示范园|[农果茶菜]园|园区|景区|公司|企业|(?<![\p{Script=Han}]镇)村(?!民)/u;
const VISITORS_ONLY = /接待[^，。,;；]{0,4}(?:观众|参观群众)[^，。;；]{0,8}人次/u;

/** A body's own members' meeting (会员大会, 年会, 年终交流会): its experts and farmers do not make it the 下乡 service. */
const MEMBERS_MEETING = /会员(?:代表)?大会|年会|年度大会|年终[^，。,;；]{0,6}会(?!员)|科协工作[^，。,;；]{0,4}会(?!员)/u;
const SERVED_OUT = /下乡|服务团|科技志愿服务|田间|地头|进村|到村|入户/u;
/** A township's, company's or school's own 科协 meeting is not the county 全委会. */
const LOCAL_PLENARY = /(?:镇|乡|街道|社区|村|公司|企业|厂|学校|学会)科协[^，。,;；]{0,12}(?:全委会|全体会议|全体委员)/u;
const COUNTY_PLENARY = /[县市区]科协[^，。,;；]{0,10}(?:全委会|全体会议)(?!精神)/u;

/** On the 减灾 topic without the item's own work (flood leaflets, an experience day): the item's only on its observance days. */
export const disasterOnlyOnDays = (text: string): string | undefined => {
  const plain = normalizeText(text);
  return TOPICS[0]![0].test(plain) && !DISASTER_WORK.test(untitled(plain)) ? DISASTER : undefined;
};

/** "发放《气象防灾减灾手册》800份": a title names a booklet's subject, not the work done at the event. */
const untitled = (plain: string): string => plain.replace(/《[^》\n]{0,30}》/gu, ' ');

/** Another institution of the museum's kind (a 方志馆 with its exhibits and study groups): its 馆里 is that one, not the 县科技馆. */
const OTHER_HALL = /(?:图书|文化|博物|纪念|美术|展览|体育|档案|天文|规划|非遗|民俗|党史|村史|校史|方志|史志|文史|历史|陈列|展示)馆|少年宫|文化站|文化中心|library|cultural (?:centre|center)/iu;
/**
 * What such a 馆 shows (档案展, 档案原件, 文物, 古籍, 书画): "我馆…举办档案展…接待参观群众" is the archive's own hall and visitors,
 * whatever it calls itself; the 县科技馆 keeps none of these.
 */
const OTHER_HALL_EXHIBIT = /档案|文物|古籍|书画|字画|碑刻|非遗/u;
const MUSEUM_NAMED = /(?<!流动)科技馆|科技館|science museum|planetarium/iu;

const globalOf = new WeakMap<RegExp, RegExp>();
/** Whether a topic's words stand in the text as more than generic words ("工作总结", "评审" alone name no object). */
function namesTopic(re: RegExp, plain: string): boolean {
  let all = globalOf.get(re);
  if (!all) {
    all = new RegExp(re.source, `${re.flags}g`);
    globalOf.set(re, all);
  }
  for (const m of plain.matchAll(all)) if (!isGenericPhrase(m[0])) return true;
  return false;
}

/** What a text says of a topic (its plan words): each span of it the topic's words matched ("县科技馆", "果树修剪"). */
export function topicSpans(text: string, words: string): string[] {
  const plain = normalizeText(text);
  return TOPICS.filter(([, w]) => w === words).flatMap(([re]) => {
    let all = globalOf.get(re);
    if (!all) {
      all = new RegExp(re.source, `${re.flags}g`);
      globalOf.set(re, all);
    }
    return [...plain.matchAll(all)].map((m) => m[0]);
  });
}

/** "馆里", "本馆", "来馆": a 馆 the text does not name. */
const OWN_HALL = /馆里|馆内|本馆|我馆|来馆|进馆|到馆|入馆|在馆|闭馆|开馆/u;

/**
 * The words a "馆里" stands for: the sender's own unit when it is a 馆 ("县科技馆"), so the museum's staff are read as the
 * museum and a library's as the library; nothing when the sender's unit is unknown (the link is then offered).
 */
export function ownHall(text: string, unit: string | undefined): string {
  return unit && /馆/u.test(unit) && OWN_HALL.test(normalizeText(text)) ? unit : '';
}

/** "馆里" with no word of whose 馆: the museum is offered, never linked (a library says 馆里 too). */
const CAMP = /(?:夏令营|冬令营|研学营|训练营)/u;
export const hallOnly = (text: string): string | undefined => {
  const plain = normalizeText(text);
  return OWN_HALL.test(plain) && !OTHER_HALL.test(plain) && !LIBRARY.test(plain) ? MUSEUM : undefined;
};

/** The plan words of every topic a text touches. */
export function topicsOf(text: string, not = false): string[] {
  const plain = normalizeText(text);
  const mobile = TOPICS.some(([re, words]) => words === MOBILE && re.test(plain));
  const vetoed = (words: string): boolean => {
    if (words === FARMING) {
      // "县农业农村局", "农业农村工作": the 村 of the department (or of its words in a title) is no village.
      // A station the expert comes from (县农技站的专家) is no farmer served, unless a farming technique is taught.
      const farmPlain = plain.replace(/农业农村/gu, '农业').replace(FARM_TECHNIQUE.test(plain) ? /$^/gu : /农技(?=站|中心|推广)/gu, '农业');
      // A fire or power safety round (消防, 用火用电) to farmers' homes, no programme named: safety, not the service.
      // "帮5户 farmers 装 weather app": phone help, whoever gets it, is not the service.
      // A line of a station's own log (contextOf's mark) naming no programme: the station's routine line work.
      return PUBLICITY_ONLY.test(plain) || (plain.includes(STATION_LOG_MARK) && !STATION_PROGRAMME.test(plain.replace(STATION_LOG_MARK, ' '))) || !FARM_SERVICE.test(farmPlain) || (PHONE_HELP.test(plain) && !PROGRAMME_NAMED.test(plain)) || (SAFETY_THEME.test(plain) && !PROGRAMME_NAMED.test(plain)) ||
        (NOT_FARMING_SUBJECT.test(untitled(plain)) && !FARM_TECHNIQUE.test(plain) && !PROGRAMME_NAMED.test(plain)) || (MEMBERS_MEETING.test(plain) && !SERVED_OUT.test(plain)) ||
        (ONLINE.test(plain) && !ON_SITE.test(plain)) || ((TOWN_STATION.test(plain) || FIELD_OPERATION.test(plain) || OWN_PREMISES.test(plain)) && !PROGRAMME_NAMED.test(plain)) ||
        (ENVOYS_TRAINED.test(plain) && !/农户|果农|菜农|茶农|种植户|养殖户|田间|地头|下乡|进村/u.test(plain)) ||
        plain.includes(TABLE_ROW_MARK) || (MEDIA_SHOW.test(untitled(plain)) && !SERVICE_NAMED.test(plain));
    }
    if (words === '全委会') return LOCAL_PLENARY.test(plain) && !COUNTY_PLENARY.test(plain);
    if (words === MUSEUM) {
      return ((OUTREACH.test(plain) || (OWN_PROGRAMME.test(plain) && !/人次|科技馆/u.test(plain))) && !RECEIVED.test(plain)) ||
        (OTHER_VENUE.test(plain) && VISITORS_ONLY.test(plain) && !/馆/u.test(plain)) ||
        // "现将我馆…\n1月17日|恐龙化石修复演示|一楼展厅|约120人": a 展厅 as the venue of a 馆 the writer does not name, its
        // audience no visitors counted: any 馆 has one (a geology museum, a library), so the museum is offered, not linked.
        (!MUSEUM_NAMED.test(plain) && topicSpans(plain, MUSEUM).every((w) => /展厅$/u.test(w)) && !VISITORS_COUNTED.test(plain)) ||
        // "电站科普展厅一共接待了十九批学生": the hall of a unit of its own (a station, a firm, a base), not the county's museum.
        (!MUSEUM_NAMED.test(plain) && UNIT_HALL.test(plain)) ||
        // A tour's 布展 at a school is the tour's.
        (mobile && SCHOOL.test(plain) && !MUSEUM_ITSELF.test(plain)) ||
        ((LIBRARY.test(plain) || OTHER_HALL.test(plain) || OTHER_HALL_EXHIBIT.test(plain)) && !MUSEUM_NAMED.test(plain)) ||
        (HELPERS_TRAINED.test(plain) && !VISITORS_COUNTED.test(plain)) ||
        // "在县科技馆报告厅举办…讲座，听众130人": a room of the museum lent to another event, not its visitors or exhibits.
        (MUSEUM_ROOM.test(plain) && !RECEIVED.test(plain) && !/参观|研学|游览|看展|展览/u.test(plain)) ||
        // "夏令营期间，孩子们参观了县科技馆和产业园": one stop of a camp held elsewhere, not the museum's own visitors.
        (CAMP.test(plain) && /参观了?[^，,。；;]{0,4}科技馆[和与及、]/u.test(plain) && !/在[^，,。；;]{0,6}科技馆/u.test(plain));
    }
    // "青年科技创新分享会": a talk or sharing session on innovation, no contest, works or judging in it, is not the contest.
    if (words === '科技创新大赛') return /分享会|交流会|论坛|沙龙|座谈|讲座/u.test(plain) && !/大赛|竞赛|比赛|作品|评审|参赛|征集|competition|contest/iu.test(plain);
    if (words === MOBILE) return NOT_SCHOOL.test(plain) && !SCHOOL.test(plain);
    if (words === CREATION) return PENDING.test(plain);
    if (words === VISITS) return !SCIENCE_PEOPLE.test(plain);
    return words === DISASTER && (!DISASTER_WORK.test(untitled(plain)) || ((SKILLS_COURSE.test(plain) || WORKPLACE_DRILL.test(plain)) && !/减灾日|防灾减灾/u.test(plain)));
  };
  return TOPICS.filter(([re, words]) => re.test(plain) && namesTopic(re, plain) && vetoed(words) === not).map(([, words]) => words);
}

/** The topics a text names but does not serve (大篷车下乡, 流动科技馆社区行): their items' shared words link nothing. */
export const namedNotServed = (text: string): string[] => topicsOf(text, true);

/** A museum's own log ("上周值班日志：周一 闭馆…", "周一 闭馆维护，无接待"): the museum is the place of every line. */
const MUSEUM_LOG = /值班(?:日志|记录|登记)|闭馆|开馆|馆里|本馆|我馆|展厅/u;
/** A line of it that counts visitors ("周二 接待散客210人次", "周末两天 合计3650人次"), not viewers online or a camp's pupils. */
const LOG_VISITS = /散客|接待|人次|研学团|团队/u;
const NOT_VISITS = /在线|直播|观看|线上|网上|营员|学员/u;

/**
 * A technical station's own log: its staff write of the station as theirs ("站里", "本站", "站会议室", "到站参观") or head
 * the log with it ("县渔技站第10周工作记录"). Its rounds to farmers, its classes and its leaflets taken 下乡 are the
 * station's routine line work, not the 科协's 专家服务团下乡 programme (a single report of a station's event with experts
 * is left as it reads).
 */
const OWN_STATION = /站里|站内|本站|我站|回站|到站(?!点|台)|站(?:会议室|实验室|检测室|化验室|培训室)|[县市区][\p{Script=Han}]{1,6}站[^，。：:\n]{0,4}(?:第[\d一二三四五六七八九十]+周|工作(?:记录|日志|日记|周报)|周记|日志)/u;
/** The programme named in such a log ("随县科协专家服务团", "田间课堂"): its lines are the programme's after all. */
const STATION_PROGRAMME = /服务团|科技志愿|科协|科技特派员|田间课堂|田间学校|地头课堂/u;
/** A relay list (接龙), and a village named in one of its lines. */
const RELAY = /接龙/u;
const SERVICE_TRIP_RE = new RegExp(SERVICE_TRIP, 'u');
const VILLAGE = /(?<![镇乡各])[\p{Script=Han}]村(?!民)|[\p{Script=Han}]庄(?!稼|园|重|严)/u;
/** What a station log's line takes from the whole (read by the 下乡 topic's veto). */
const STATION_LOG_MARK = '本站日志';

/**
 * The words a part of a message takes from the whole: a visitors' line of a museum's log names no 馆 but is the
 * museum's. A log that names no museum ("8.3-8.9 工作记录\n周二 接待散客300人次") gives nothing. A line of a station's
 * own log that names no programme is the station's (STATION_LOG_MARK).
 */
export function contextOf(message: string, part: string, parts: readonly string[] = [part]): string {
  const whole = normalizeText(message);
  const own = normalizeText(part);
  if (whole === own) return '';
  const hall = MUSEUM_LOG.test(whole) && LOG_VISITS.test(own) && !NOT_VISITS.test(own) && !OUTREACH.test(own) && !OTHER_VENUE.test(own) ? '馆内' : '';
  // A relay list's line (接龙: each unit or person adds its own event) at no village, the list naming no programme: that
  // unit's own course ("1. 何某 1月16日 新集镇 大棚户培训37人"), read as a station log's line is.
  const relay = RELAY.test(whole) && !STATION_PROGRAMME.test(whole) && !SERVICE_TRIP_RE.test(whole) && !VILLAGE.test(own) ? STATION_LOG_MARK : '';
  const station = (OWN_STATION.test(whole) && !STATION_PROGRAMME.test(whole)) || relay ? STATION_LOG_MARK : '';
  // A row of a pasted table naming no programme, no one sent and no farmers served (its cells: a village, a subject).
  const row = TABLE.test(message) && !SENT_OR_SERVED.test(whole) ? TABLE_ROW_MARK : '';
  return `${hall} ${station} ${row} ${programmeOfLog(whole, own, parts)}`.trim();
}

/** The programme itself, as a log's header or footer names it ("科协专家服务团这周都跟着跑的", "专家服务团下乡记录："). */
const LOG_PROGRAMME = /服务团|科技志愿服务/u;
/** A sentence that names the programme as a wish or a plan ("下个月想请服务团来"), not as what happened. */
const NOT_YET = /下个?月|下周|下次|下回|下半年|明年|以后|回头|准备|打算|计划|想请|希望|争取|申请/u;

/**
 * A log whose lines are farmers served in villages ("周二 河坝村 31户") and whose own words outside every line name the
 * programme ("科协专家服务团的老师这周都跟我们一起跑的"): each such line is the programme's. A programme named on one
 * line only is that line's (the log's other lines may be the station's own work).
 */
function programmeOfLog(whole: string, own: string, parts: readonly string[]): string {
  if (parts.length < 2 || LOG_PROGRAMME.test(own) || parts.some((p) => LOG_PROGRAMME.test(normalizeText(p)))) return '';
  const said = whole.split(/[。！!？?\n]/u).filter((s) => LOG_PROGRAMME.test(s) && !NOT_YET.test(s));
  return said.length > 0 && FARM_SERVICE.test(own) ? '服务团' : '';
}

/**
 * A safety talk on a theme writers split on (消防, 用电用气, 防溺水, 急救: "社区请了消防大队的同志来讲冬季用电用气安全"):
 * some count it an 应急科普讲座, most do not, so it is offered for the 减灾 item, never linked.
 */
const SAFETY_THEME = /消防|防火|灭火|用电|用气|燃气|煤气|溺水|急救|心肺复苏|中暑|安全用电/u;
const TAUGHT = /讲座|[来去]讲|讲了|教了|培训|演练|演示|授课|课/u;
export const safetyTalk = (text: string): string | undefined => {
  const plain = normalizeText(text);
  return SAFETY_THEME.test(plain) && TAUGHT.test(plain) ? DISASTER : undefined;
};
