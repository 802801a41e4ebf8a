// The words the report reader looks for: kinds of events, things done, plans, bookings and quotas, calls-off.

/** The kind of an event named outright: with a date and 记录, enough to store it without a headcount. */
export const NAMED_EVENT = /(科普宣传|宣传活动|讲座|报告会|培训|展览|巡展|竞赛|大赛|比赛|咨询|义诊|夏令营|冬令营|开放日|论坛|研讨会|年会|座谈|调研|走访|慰问|学习会|科普大集|进社区|进校园|进农村|下乡)/u;
export const QUESTION_END = /[?？吗呢]\s*$/u;
export const EVENT_WORDS = /(去|举办|开展|搞|组织|召开|举行|讲座|培训|活动|宣传|巡展|仪式|表彰|典礼|颁奖|\bevent\b|\btalk\b|\bvisit\b|\bceremony\b|\bworkshop\b|\bdrill\b|\bfair\b)/u;
/** Any word of an event, a service or a visit: a people count without one is not a report of anything. */
export const ANY_EVENT = /(讲座|培训|活动|研学|宣传|课|展|赛|会|参观|服务|咨询|义诊|演练|电影|实验|体验|科普|讲|开放|接待|慰问|走访|走进|调研|营|观测|放映|演出|指导|巡|秀|馆|节|周|日|搞|办(?!公)|组织|举行|举办|开展|召开|参加|参与|观众|听众|学员|下乡|进校|进社区|入户|上门|现场|志愿|覆盖|受益|教(?:大家|大伙|村民|老人|群众|孩子|学生|居民|农户)|仪式|表彰|典礼|颁奖|摆了?个?摊|摊位|直播|\blive(?:stream|strem)?\b|\b[a-z]{3,}ed\b|\b(?:went|came|gave|taught|service|volunteers?|event|ceremony|drill|talk|visit|workshop|session|training|lecture|forum|fair|class|tour|camp|exhibit|show|day|week|meeting|seminar|held|organi[sz]ed|hosted|ran|conducted|served|attended)\b)/u;
export const PAST = /(已|了|实到|共计|累计|圆满|完毕|结束|顺利|\bheld\b|\bran\b|\bhad\b|\bwas\b|\bwere\b)/u;
export const THANKS = /(感谢|谢谢|辛苦|thanks|thank you)/u;
export const DONE = /(已|已经|新|了|完毕|顺利|圆满|正式|\bwe\b|ed\b)/u;
/** "改到下周了", "取消了": an event called off or moved to a day still to come. */
export const CALLED_OFF = /(?:改到|改在|改成|推迟到|推到|延期到|延到|顺延到|挪到|改)了?\s*(?:下周|下星期|下礼拜|下个?月|明天|后天|改天|以后|下次)|取消了|临时取消|不办了|没办成|没搞成|延期了|推迟了|改期了/u;
/** "也不知道办成没有", "可能改天了": the writer does not know whether the event took place. */
export const NOT_KNOWN_HELD = /(?:不知道|不清楚|不确定|没问清楚?)[^，,。；;！!？?\n]{0,6}?(?:办成|办了|办没办|开成|举办了?|搞成)(?:没有?|没)|办没办成?|(?:可能|也许|好像)改(?:天|期|日)了/u;
/** "上周哪天来着忘了", "记不清是几号了", "具体哪几天我要再查一下记录": the day is not known to the writer (yet). */
// "哪天去的我记不太清了", "几号记不大清": 记不清 hedged with 太/大/很, and 记不得, are the same.
// "具体哪天我翻翻手机再告诉你", "日期后补": the writer will look the day up later.
// "上上周还是上周 记不清了", "前天还是昨天": two times offered as either one is no day known.
export const FORGOT_DAY = /(?:哪天|哪一天|哪一日|哪日|哪几天|几号|日子|日期)[^，,。；;！!？?\n]{0,4}?(?:忘了|忘记|记不[太大很]?清|记不得|记不起|想不起|没记|未记|待核|待查|容后查|另行补充|(?:再|要|得|去|回去|回头)(?:查|翻)|查一下|查查|翻一?下|翻一?翻|核实一?下|核对一?下|问一?问|问一下|再告诉|回头告诉|后补|再补)|(?:忘了|忘记|记不[太大很]?清|记不得|想不起来?)(?:记)?(?:是)?(?:哪天|哪一天|哪一日|哪日|哪几天|几号)|(?:上上|上|这|本)(?:周|个?礼拜|个?星期)还是(?:上上|上|这|本)(?:周|个?礼拜|个?星期)|(?:大前天|前天|昨天)还是(?:大前天|前天|昨天)/u;
export const NOTICE_REPLY = '这像是通知、报名或会议安排，不是已经办完的活动，没有记录。活动办完后发给我：日期、活动名称和人数。';
/** "好像约了两个学校", "预约了3个班": visitors booked. */
export const BOOKED = /(?:(?:预约|约)了|约好了?)[^，,。；;！!？?\n]{0,6}?(?:[\d一二两三四五六七八九十几]+\s*(?:个|所|家|批)?\s*(?:学校|单位|班|团|批|人)|学校|团队)/u;
/** People who came or were received: a booking with these is a report of the visit. */
export const VISITED = /(来了|到了|到场|参观了|接待了?|参加了?|实到|来的|走了|结束|圆满)/u;
/** "计划是20场次5000人次": a target, compared when the done figures come before it. */
export const PLAN_TARGET = /(?:原|年初)?(?:计划|目标|任务数?)\s*(?:是|为|数是?|的是?)\s*[\d一二三四五六七八九十两][^，,。;；！!\n]*/u;
/** "不少于300人", "每校50人": a quota asked for, not a count of who came. */
export const QUOTA = /(不少于|不低于|至少|力争|每校|每个?单位|每乡镇|每村)\s*\d/u;
/** "跟上回那个一样的内容", "上回那个村": what or where is said only by an earlier event the reader cannot see. */
export const LIKE_BEFORE = /(?:跟|和|同|像)(?:上次|上回|上一次|上一回)(?:那个|那场|那次)?一样|(?:上次|上回|上一次|上一回)那个(?:村|镇|乡|社区|学校|小区|地方|点)/u;
