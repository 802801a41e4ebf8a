// Removes what is not the document: page furniture from document sites, page-break numbers, stray marks.
import { normalizeText } from '../text/normalize.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import { withoutWatermarks } from './watermarks.js';
const FURNITURE = [
  /^上传人[:：]/u,
  /文档编号[:：]/u,
  /^返回\s*下载/u,
  /_第\d+页$/u,
  /^第\s*\d+\s*页\s*\/\s*共\s*\d+\s*页$/u,
  /^点击查看更多/u,
  /^资源描述$/u,
  /由会员分享/u,
  /^[?？\s]*$/u,
  /^\s*-\s*\d+\s*-\s*$/u,
  /^\d+\s*\/\s*\d+$/u,
  /^(相关|举报|下载|收藏|分享|展开阅读全文|相关资源|相关搜索)$/u,
  // A document site's cut for non-members: "……(某文库网 省略425字,正式会员可完整阅读)……".
  /省略\s*\d+\s*字[^。；;]{0,12}(?:会员|登录|下载)[^。；;]{0,12}阅读/u,
  // A page's reading and reply buttons under its text: "继续阅读", "阅读全文", "评论", "点赞".
  /^(?:继续阅读|阅读全文|查看全文|阅读原文|评论|发表评论|写评论|点赞|在看|赞)$/u,
  // A document site's buttons and headings: "下载本文档", "文档简介".
  /^(?:下载本文档|下载文档|免费下载|立即下载|文档简介|文档介绍|资料简介)$/u,
  /^当前位置[:：]/u,
  /^本站为文档/u,
  /备案号|ICP备/u,
  // Web pages: file sizes, breadcrumbs, font-size switches, publication lines, print/close/share links.
  /^[-\s]*\d+(?:\.\d+)?\s*[KMG]B$/iu,
  /^[-\s]*(?:文件)?大小[:：]\s*\d/u,
  /^(?:首页|主页|网站首页)\s*[>＞»›→/]/u,
  // "位置:首页 > 工作方案 > 策划方案": a breadcrumb under a bare 位置.
  /^位置\s*[:：]\s*(?:首页|主页|网站首页)\s*[>＞»›→/]/u,
  /\s[>＞»›]\s*(?:正文|详情|通知公告|工作动态)\s*$/u,
  /^(?:当前位置|您现在的位置|您的位置|所在位置)/u,
  /^【?字[体号]】?[:：]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中/u,
  /^(?:发布时间|发布日期|发文日期|创建时间|更新时间|来源|责任编辑|浏览次数|点击数|阅读次数|访问量|信息来源)[:：]/u,
  /(?:浏览次数|点击数|阅读次数|访问量|点击率)[:：]?\s*\d*\s*(?:次)?$/u,
  /^【?(?:打印本页|打印此页|打印|关闭窗口|关闭|返回顶部|返回|收藏|保存|纠错)】?(?:\s*【?(?:打印本页|打印此页|打印|关闭窗口|关闭|返回顶部|返回|收藏|保存|纠错)】?)*$/u,
  /^(?:分享到|分享至|扫一扫|微信扫一扫|用手机扫码)/u,
  // A page's reading buttons: "手机阅读", "手机版", "电脑版", "打开APP".
  /^(?:手机阅读|手机版|手机浏览|电脑版|打开APP|APP内打开)$/iu,
  /^(?:上一篇|下一篇|上一条|下一条)[:：]/u,
  /^(?:主办单位|承办单位|版权所有|技术支持|联系我们|网站地图|网站声明)[:：\s]/u,
  /^(?:微信|微博|QQ空间|QQ好友)(?:\s+(?:微信|微博|QQ空间|QQ好友|豆瓣))*$/u,
  /^索\s*引\s*号[:：]/u,
  // Attachment links with their sizes ("1.重点任务分解表.xlsx - 9.87 KB"), the 附件 line above them, site footers.
  /\.(?:pdf|docx?|xlsx?|wps|et|txt|zip|rar|jpe?g|png)\s*[-–—(（]\s*\d+(?:\.\d+)?\s*[KMG]B[)）]?$/iu,
  /^\d{1,2}[.、．]\s*[^。；]{1,40}\.(?:pdf|docx?|xlsx?|wps|et|zip|rar)$/iu,
  /[-–—]\s*\d+(?:\.\d+)?\s*[KMG]B$/iu,
  /^附件(?:下载)?[:：]?$/u,
  // One attachment named on its 附件 line ("附件:《…的通知》(科协普函〔2021〕1号)"): what is sent, not work.
  /^附件\s*\d{0,2}\s*[:：]\s*《[^》]{2,80}》[^。；;]{0,40}$/u,
  // …or named bare ("附件:2020年…大赛报送名额分配表"): a name with no sentence in it (not "附件：请各单位于6月30日前
  // 报送推荐表", a request with its day).
  /^附件\s*\d{0,2}\s*[:：]\s*(?!\d{1,2}\s*[.、．])(?![^\n]{0,60}?[日号底]\s*(?:以|之)?前)[^。；;，,！!？?《]{2,60}$/u,
  /^(?:主办|承办|地址|电话|联系电话|邮编|传真)[:：]/u,
  /^[（(]图为[^)）]{0,30}[)）]$/u,
  // A news photo's caption with its credit ("…活动现场。中国科技馆供图", "…。记者李明 摄"), or the credit alone.
  /^(?:[^。！!；;]{2,60}[。！!]\s*)?(?:[^\s，,。；;：:]{2,16}\s*供图|[^\s，,。；;：:]{2,16}[ \t　]+摄|(?:记者|通讯员)\p{Script=Han}{2,4}\s*摄)$/u,
  // A publication line ("时间：2025-01-08 09:12 来源：区科协 阅读：532"), view counts, contacts, captions.
  // Not an event's days ("时间:2022年9月15--21日"): a span is no publication date; nor is a round's hour of the day
  // ("时间:2022年8月5日(星期五)上午 8:30": a site stamps its pages with a clock time, never 上午/下午).
  /^(?:时间|日期|发布|更新时间|发稿时间|录入时间)[:：]\s*(?:\d{4}|[〇○零一二]{4})\s*[-年./](?![^\n]*(?:至|到|—|–|--|－|~|～|\d日\s*[-—－]|期间|上午|下午|中午|晚上))/u,
  /^\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}.{0,24}(?:来源|作者|编辑|浏览|阅读)[:：]/u,
  /来源[:：].{0,40}(?:时间|日期|浏览|阅读|点击|作者|编辑)[:：]|(?:时间|日期|作者|编辑)[:：].{0,40}来源[:：]/u,
  /(?:阅读|浏览|点击|访问)(?:量|数|次数)?[:：]\s*\d+\s*次?$/u,
  /^(?:联\s*系\s*人|联系电话|联系方式|咨询电话|办公电话|电\s*话|手\s*机|传\s*真|邮\s*编|邮政编码|电子邮箱|电子信箱|邮\s*箱|E-?mail|地\s*址)[:：]/iu,
  // A site's hotline and its hours under the page ("咨询热线:138-…", "服务时间:周一至周五 9:00-19:00", "周六至周日 9:00-18:00"),
  // and a notice's closing formula alone on its line ("特此通知。"): no task.
  /^(?:咨询热线|服务热线|客服热线|服务时间|工作时间)[:：]|^周[一二三四五六日天]\s*[至到-]\s*周[一二三四五六日天]\s*\d{1,2}[:：]\d{2}\s*[-—~至到]\s*\d{1,2}[:：]\d{2}$|^特此(?:通知|公告|函告|通告|报告)[。.]?$/u,
  // A contact in its other shapes: a unit before 联系人 or 邮箱 ("科研院联系人:…", "大赛邮箱:…"), a mailing address
  // ("邮寄地址:…"), names with their numbers ("王老师:13886083626 马老师:…"), a bare e-mail, phone number or both.
  /^[^\s:：，,。；;]{1,8}?(?:联\s*系\s*人|联系电话|电子邮箱|邮\s*箱|信\s*箱)[:：]/u,
  /^(?:邮寄|寄送|通讯|通信|联系|收件)地址[:：]/u,
  // (Each number one way only: a mobile, an area code with its dash, or a long-distance number run together; a local
  // 7–8 digits only after a contact's title, so "受众人数:1000000" stays. Read in linear time.)
  /^(?:(?:[^\s:：，,。；;\d]{1,6}[:：]?\s*(?:1[3-9]\d{9}|0\d{2,3}[-－]\d{7,8}|0\d{9,11})|[^\s:：，,。；;\d]{0,5}(?:老师|先生|女士|同志|主任|科长|部长|电话|手机)[:：]?\s*\d{7,8})(?!\d)[，,；;]?\s*)+$/u,
  // A second contact on its own line under 联系方式 ("刘宝82166872", "李明 82345678"): a name and a local number.
  /^\p{Script=Han}{2,3}[ \t　]*(?:0\d{2,3}[-－])?\d{7,8}$/u,
  /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:0\d{2,3}\s*[-－]\s*)?\d{7,8}|1[3-9]\d{9})(?:\s+(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:0\d{2,3}\s*[-－]\s*)?\d{7,8}|1[3-9]\d{9}))*$/u,
  // The same contact as a notice's last numbered point ("3.联系人:桂老师,联系电话:6182009。"): who to call, not work.
  /^(?:\d{1,2}\s*[.、．]|[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)\s*(?:联\s*系\s*人|联系电话|联系方式|咨询电话|联系地址)[:：][^。；;]{0,60}[。]?$/iu,
  // A byline on a line of its own ("(秘书处供稿)", "（文/办公室）").
  /^[（(][^()（）\n]{2,20}?\s*(?:供稿|供图|撰稿|来稿|报送)[)）]$/u,
  // A bulletin's masthead: "简 报", "﹝2024﹞ 第四十期(总第1000期)", "放大 缩小".
  /^简\s*报$/u,
  /^[﹝〔［\[（(]?\s*\d{4}\s*[﹞〕］\]）)]?\s*年?\s*第[一二三四五六七八九十百\d]{1,5}期\s*(?:[（(]总第\d{1,5}期[)）])?$/u,
  /^放大\s*缩小$|^[【\[]?[大中小][】\]]?\s*[【\[]?[大中小][】\]]?$/u,
  // A document site's report form and bare links: "被举报文档标题", "我确定以上信息无误", "点击换图".
  /^(?:被举报文档|举报类型|我确定以上信息无误|验证码[:：]?$|点击换图$|侵权$|非法[（(])/u,
  /^(?:https?:\/\/|www\.)\S+$/iu,
  // A pointer to a later issue ("2021年活动计划表(详见下期)。"): what it names is not on this page.
  /[（(]详见下期[)）][。.]?$/u,
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])?\s*(?:会期|参会人数|参会人员规模|与会人数|会议规模)[:：]/u,
  /^(?:图[为:：]|图片[:：来]|▲|△|（?摄影[:：])/u,
  /^(?:抄送|印发|校对)[:：]/u,
  // Site greetings and account links; the metadata block of a government disclosure page.
  /欢迎您|^[•·▪]\s*(?:注册|登录|登陆|退出|会员中心)$/u,
  // A site's greeting bar with today's date ("欢迎访问中国惯性技术学会官方网站 2019年6月5日 星期三").
  /^欢迎(?:访问|光临|来到|进入)|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周|礼拜)[一二三四五六日天]$/u,
  /^(?:组配分类|发布机构|主题分类|体裁分类|服务对象|名\s*称|文\s*号|发文字号|发文日期|成文日期|生成日期|咨询机构|咨询电话|有效性|时效性|公开方式|公开范围|公开时限|所属机构|信息分类|关键词|效力状态)[:：]/u,
  /^(?:作者|编辑|责任编辑|审核|审校|编审|记者|通讯员|摄影|初审|复审|终审|供稿人?|审核人|撰稿人?|发布人|录入人?)[:：]\s*\S{0,20}$/u,
  // A government page's disclosure mark ("(此件主动公开)") on a line of its own.
  /^[（(]此件(?:主动|依申请|不予)?公开(?:发布)?[)）]$/u,
  // A download page: its button, file facts, 客服 numbers and a publication line ("- 2021-04-17 发布").
  /^(?:下载文档|立即下载|免费下载|下载本文|收藏\s*分享\S*)$/u,
  /^(?:收藏|分销|分享|举报|下载|相关)(?:[（(]赏[)）])?(?:\s+(?:收藏|分销|分享|举报|下载|相关)(?:[（(]赏[)）])?)+$/u,
  /^上传人[:：].{0,40}(?:文档编号|上传时间|格式|页数|大小)[:：]/u,
  /^(?:ID|页数|格式|文档格式|文件格式)[:：]\s*\S{1,12}$/iu,
  /^(?:网站客服|在线客服|客服(?:QQ|电话|微信|热线)?)[:：]/iu,
  /^[-\s]*\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*发布$/u,
  // A news site's channel line over the article ("360影视 国产动漫 2025-03-12 09:30 3"); its teaser ("摘要:…") repeats the text.
  /^[^，,。；;：:]{0,30}\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?[^，,。；;：:]{0,12}$/u,
  /^摘\s*要[:：]/u,
  /^(?:本文链接|原文链接|本文来源|文章来源|本文地址|原文地址|热门评论|相关阅读|相关新闻|相关链接|延伸阅读|打开掌上|本站原创|转载请)/u,
];

/** A picture left in a scraped page: markdown "![…](…)", "[图片]", "<img…>", a bare image path ("/images/logo.png"). */
const IMAGE = /^(?:!\[[^\]]{0,80}\]\([^)]{0,300}\)|[\[【]图片[\]】]|<img\b[^>]{0,300}>|\/?(?:[\w.-]+\/)*[\w.-]+\.(?:png|jpe?g|gif|svg|webp|bmp|ico))$/iu;

/** A caption's opening date ("2025年5月30日，…举办…"): the picture shows a day that was. */
const CAPTION_DATE = /^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日/u;

/** A news dateline before the first sentence: "清江网1月8日电 ", "本报讯（记者 张三）", "新华社北京9月5日电". */
const DATELINE = /^(?:[^\s，。：:]{1,16}?(?:网|社|报|台|讯|新闻)[^\s，。]{0,6}?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日\s*电|本报讯|本网讯|[^\s，。：:（(]{2,12}讯)\s*(?:[（(](?:记者|通讯员|通讯|实习)[^)）]{0,30}[)）])?\s*/u;

/** Pinyin glosses scraped with the text: "加強(qiáng)" → "加強". */
const PINYIN = /(?<=\p{Script=Han})[(（][a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,8}[)）]/gu;
/** A line without the pinyin glosses a page puts after its characters ("活動(dòng)"). */
export const withoutPinyinGlosses = (line: string): string => line.replace(PINYIN, '');

/** A signature block at the end: the issuing body and the date ("县科协办公室", "2026年1月30日", "二〇二四年一月"). */
const SIGNED_DATE = '(?:\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月(?:\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日)?';
const SIGNER = '[^\\s，。；：:、]{2,24}(?:协会|学会|研究会|联合会|科协|委员会|办公室|人民政府|政府|局|部|司|厅|中心|领导小组|党组|支部)';
// The signer and the date, apart or on one line ("科技部基础研究司      2022年5月6日").
const SIGNATURE = new RegExp(`^(?:${SIGNED_DATE}|${SIGNER}|${SIGNER}[ \\t　]{2,}${SIGNED_DATE})$`, 'u');

const ATTACHMENTS = /^附件(?:下载)?[:：]?$/u;
/** The 附件 line naming the first attachment itself ("附件:1.某市科协关于…的通知"), the others under it. */
const FIRST_ATTACHMENT = /^附件\s*[:：]\s*\d{1,2}\s*[.、．]\s*[^。；;！!？?]{2,80}$/u;
/** A site's notices to its downloaders ("温馨提示:" over "1. 下载前请仔细阅读…"). */
const NOTICES = /^(?:温馨提示|下载须知|下载说明|特别提示|用户须知)[:：]?$/u;
/** An attachment's name in the list under 附件: numbered, short, no sentence. */
/** An attachment listed by its file name, numbered or not ("闽科协普〔2024〕20号…的通知.pdf"). */
const ATTACHMENT_FILE = /^[^。；;！!？?]{2,160}\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar)$/iu;
const ATTACHMENT_NAME = /^\d{1,2}\s*[.、．]\s*[^。；;！!？?]{1,60}$/u;

/** A quotation mark, bracket or colon alone on a line: a PDF's text run, inside a sentence. */
const LONE_MARK = /^[“”"‘’：:；;，,（）()]$/u;
const TERMINAL = /[。；;！!？?：:”」』）)]$/u;
const MARKER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[、.．](?!\d)|\d{1,2}\.(?=(?:[1-9]|1[0-2])月)|[（(]\d{1,2}[)）]|第[一二三四五六七八九十]+[篇章部分])/u;
const INLINE_MARKER = /(?<![ \t　])[ \t　]+(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}、|(?:十[一二]?|[一二三四五六七八九])月份?[:：。]|\d{1,2}\.(?=\p{Script=Han})))|(?<=[。！!？?])(?=[一二三四五六七八九十]{1,3}、[^、]{2})|(?<=[。！!？?；;])(?=\d{1,2}、\p{Script=Han}{2})|(?<=[\p{Script=Han}）)”])(?<![第件表图号款条])(?=1、(?!附件)\p{Script=Han}{2})/gu;

/** Box labels of a form (申报表, 登记表) flattened into one line. */
const FORM_LABEL = /(项目名称|活动名称|申报单位|承担单位|实施单位|联系人|联系电话|手机|电子邮箱|邮箱|邮编|通讯地址|地址|项目预算(?:[（(]万元[)）])?|申请资助(?:[（(]万元[)）])?|其中申请资助(?:[（(]万元[)）])?|自筹(?:资金)?(?:[（(]万元[)）])?|经费预算(?:[（(]万元[)）])?|实施时间|起止时间|实施地点|项目内容|主要内容|预期目标|预期成效|单位意见|主管部门意见|审核意见|负责人|填表人|填表日期)[:：]?\s/gu;
/** Boxes that are not the work: who to call, money, opinions and seals, blank dates. */
const FORM_BOX = /^(申报单位|承担单位|联系人|联系电话|手机|电子邮箱|邮箱|邮编|通讯地址|地址|项目预算|申请资助|其中申请资助|自筹|经费预算|单位意见|主管部门意见|审核意见|负责人|填表人|填表日期)/u;

/** A form flattened into one line ("项目名称 X 申报单位 Y 联系电话 Z …"): the work's boxes, joined; the rest dropped. */
function withoutFormBoxes(line: string): string {
  const simple = normalizeText(line);
  const hits = [...simple.matchAll(FORM_LABEL)];
  if (hits.length < 4 || simple.length !== line.length) return line;
  const fields = hits.map((m, k) => ({ label: m[1] ?? '', value: line.slice((m.index ?? 0) + m[0].length, hits[k + 1]?.index ?? line.length).trim() }));
  const before = line.slice(0, hits[0]?.index ?? 0).trim();
  const kept = fields.filter((f) => !FORM_BOX.test(f.label) && f.value !== '').map((f) => `${f.label}：${f.value.replace(/[（(]盖章[)）]|年\s+月\s+日/gu, '').trim()}`);
  return [before, ...kept].filter(Boolean).join('；');
}

/** The line without a news dateline before its first sentence (traditional characters too). */
function withoutDateline(line: string): string {
  // An indented first paragraph ("  红网宜章站讯(通讯员 …)…") opens with its dateline too.
  const indent = /^[ \t　]*/u.exec(line)?.[0].length ?? 0;
  const body = line.slice(indent);
  const m = DATELINE.exec(normalizeText(body));
  return m && m[0].length > 0 && normalizeText(body.slice(0, m[0].length)) === m[0] ? body.slice(m[0].length) : line;
}

/** Lines of a document without furniture, with page-break numbers joined back into their sentences. */
export function cleanLines(raw: string): string[] {
  const text = withoutWatermarks(raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, ''));
  const logical: string[] = [];
  // After a "附件：" line, the attachments' names ("1.改革案例参考提纲") are a list of files, not tasks.
  let attachments = false;
  let notices = false;
  let afterPicture = false;
  /** The next line goes on with this one: 'year' when it opens with 年 (a year alone on its line). */
  let glue: 'any' | 'year' | undefined;
  const headers = new Set<string>();
  for (const rawLine of text.split('\n')) {
    let line = withoutFormBoxes(withoutDateline(withoutPinyinGlosses(rawLine))).replace(/^#{1,6}\s+/u, '').replace(/[?？]{3,}/gu, '').replace(/(?:[?？][ \t　]+){3,}[?？]?/gu, ' ').trim();
    line = line.replace(/[（(]第\s*\d+\s*[/／]\s*\d+\s*页[)）]$/u, '');
    // A document site's page heading, first on the page: the file's name and the page shown ("2016年…年报 .doc_第1页").
    if (logical.length === 0) line = line.replace(/\s*\.(?:docx?|pdf|pptx?|wps)_第\s*\d{1,3}\s*页$/iu, '');
    // A government page's disclosure mark after the signature's date ("2022年5月6日(此件主动公开)").
    line = line.replace(/(?<=\S)\s*[（(]此件(?:主动|依申请|不予)?公开(?:发布)?[)）]$/u, '');
    // A PDF's spaced dates ("2024 年 5 月 12 日"): written together, as the date reader expects.
    line = line.replace(/(?<=\d)[ \t　]+(?=[年月日号])/gu, '').replace(/(?<=\d[年月])[ \t　]+(?=\d)/gu, '');
    // A page's running header ("2024年…方案 --第2页 …"): the title the first time, dropped when it repeats.
    const header = /^([^\s，,。；;：:]{4,40})\s*[-—–]{1,2}\s*第\s*\d{1,3}\s*页(?:\s+|$)/u.exec(line);
    if (header) {
      const head = header[1] ?? '';
      if (!headers.has(head)) logical.push(head);
      headers.add(head);
      line = line.slice(header[0].length);
    }
    // Page counters run into the text ("…方案 --第1页 …", "… 第 1 页 共 3 页"); the writer's name after the last sentence ("。(郭秀婷)").
    line = line.replace(/\s*[-—–]{1,2}\s*第\s*\d{1,3}\s*页(?=\s|$)|\s*第\s*\d{1,3}\s*页\s*[/／，,]?\s*共\s*\d{1,3}\s*页/gu, '').trim();
    // A page's footer run on after the last sentence ("。 2014年…工作计划责任编辑:田老师阅读:人次"): a related title, editor, views.
    line = line.replace(/(?<=[。！!；;])[ \t　]*[^。！!；;]{0,40}?(?:责任编辑|编辑|作者)[:：][^。；;]{0,30}$/u, '');
    line = line.replace(/(?<=[。！!；;])\s*[（(][^()（）]{2,20}?\s*(?:供稿|供图|撰稿|来稿)[)）]$/u, '');
    line = line.replace(/(?<=[。！!])\s*[（(](?:(?:记者|通讯员|作者|编辑|文|图)[:：\s]*)?\p{Script=Han}{2,4}(?:[\s、，,]\p{Script=Han}{2,4}){0,2}[)）]$/u, '');
    // A contact run on at a paragraph's end ("…报送至邮箱。区科协2022年4月12日联系人:周雪丹联系电话:028-83915565"):
    // who to call, cut from the sentence; a signature's date just before it goes with it.
    line = line.replace(/(?:[^\s。！!；;，,《》:：]{2,30}?\d{4}年\d{1,2}月\d{1,2}日)?\s*联\s*系\s*人\s*[:：][^。；;]{1,16}?(?:联系)?(?:电话|手机|方式)\s*[:：]\s*[\d\s\-－—]{7,20}(?:[，,]\s*(?:电子)?(?:邮箱|信箱|E-?mail)\s*[:：]\s*[\w.\-]+@[\w.\-]+)?[。]?/u, '');
    const simple = normalizeText(line);
    // A compilation's count of pieces in its header ("…活动方案(汇编15篇)") names no work.
    line = line.replace(/\s*[（(](?:汇编|匯編|合集|精选|精選|通用)\d{1,3}篇[)）]$/u, '');
    // A compilation's piece number before a piece's title ("第一篇:2024年…活动方案", "篇二：…").
    line = line.replace(/^(?:第[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3})\s*[:：]\s*(?=\S)/u, '');
    if (NOTICES.test(simple)) {
      notices = true;
      continue;
    }
    if (notices && /^\d{1,2}\s*[.、．]/u.test(simple)) continue;
    notices = false;
    if (FIRST_ATTACHMENT.test(simple)) {
      attachments = true;
      continue;
    }
    if (ATTACHMENTS.test(simple)) attachments = true;
    // …or a link row under it ("…信息表 |").
    else if (attachments && (ATTACHMENT_NAME.test(simple) || ATTACHMENT_FILE.test(simple) || /^[^。；;！!？?]{2,60}[ \t　]*[|｜]$/u.test(simple))) continue;
    else if (line !== '') attachments = false;
    // A web page's picture ("![]()", "[图片]") and its caption, one short sentence under it (never a task or a title).
    const picture = IMAGE.test(simple);
    const caption = afterPicture && line.length <= 80 && !MARKER.test(simple) && !/[。！!；;].+/u.test(simple.replace(/[。！!]$/u, '')) && (CAPTION_DATE.test(simple) || (line.length <= 30 && !/[。！!；;]$/u.test(simple)));
    afterPicture = picture || (afterPicture && line === '');
    if (picture || caption) continue;
    // A breadcrumb ("当前位置: 首页 > 业务体系 > 地震灾害风险防治 > 正文"): the channel's name printed above it goes too.
    if (/[>＞»›]/u.test(simple) && /^(?:当前位置|您现在的位置|您的位置|所在位置|位置\s*[:：]|首页|主页|网站首页)/u.test(simple)) {
      const crumbs = new Set(simple.replace(/^[^:：>＞»›]*[:：]/u, '').split(/\s*[>＞»›]\s*/u).map((w) => w.trim()).filter((w) => w.length >= 2));
      for (let k = logical.length - 1; k >= Math.max(0, logical.length - 3); k--) if (crumbs.has((logical[k] ?? '').trim())) logical.splice(k, 1);
    }
    if (line === '' || FURNITURE.some((re) => re.test(line) || re.test(simple))) {
      if (line === '' && logical.length > 0 && logical[logical.length - 1] !== '') logical.push('');
      continue;
    }
    // A PDF's text runs a line each: a lone quotation mark or colon, a year over "年…", a line broken after 及.
    const at = logical.length - 1;
    const prev = logical[at] ?? '';
    const lone = LONE_MARK.test(simple);
    const opening = lone && /[“‘（(]/u.test(simple) && /[。！!？?；;]$/u.test(prev);
    if (at >= 0 && prev !== '' && !opening && (lone || (glue === 'any' && !MARKER.test(simple)) || (glue === 'year' && /^年/u.test(simple)))) {
      logical[at] = prev + line;
      glue = lone || /(?<![普涉波触危顾提企])[及暨与和]$/u.test(line) ? 'any' : /^\d{4}$/u.test(simple) ? 'year' : undefined;
      continue;
    }
    // Not a heading ("二、科学普及"), nor a word that ends in 及 (普及, 涉及).
    glue = lone || (!MARKER.test(simple) && /(?<![普涉波触危顾提企])[及暨]$/u.test(simple)) ? 'any' : /^\d{4}$/u.test(simple) ? 'year' : undefined;
    appendLine(logical, line);
  }
  // A long paragraph collapsed by a web page: put outline markers after spaces back on their own lines.
  const out = firstSample(logical).flatMap((line) => (line.length > 120 ? withTitleApart(line).flatMap(outlineRunIn).flatMap((l) => l.split(INLINE_MARKER)).map((p) => p.trim()) : [line]));
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  // A signature run into the last sentence by a scrape ("…进入优秀行列。全椒县科学技术协会2016年8月11日").
  const last = out.length - 1;
  if (last > 0) out[last] = (out[last] ?? '').replace(/(?<=[。！!；;])[^\s，,。；;：:、]{2,24}(?:协会|学会|科协|委员会|办公室|人民政府|政府|局|中心)\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u, '');
  // The signature block, when it stands after the body (not a one-line document).
  // An attachment's file name after it ("…的通知.pdf") is a download link (over the body it is a document site's title).
  for (let k = 0; k < 4 && out.length > 3 && (SIGNATURE.test(normalizeText(out[out.length - 1] ?? '')) || ATTACHMENT_FILE.test(out[out.length - 1] ?? '')); k++) {
    out.pop();
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
  }
  return out;
}

/** A sample's heading on a template site's page: "科技节活动方案 篇一", "植树节活动策划篇1", "…工作计划范文2". */
const SAMPLE_HEAD = /^(\S.{2,40}?(?:方案|策划|计划|要点|安排|总结))\s*(?:篇|范文)\s*([一二三四五六七八九十]{1,2}|\d{1,2})$/u;
/** The site's list of related pages after a text: "【…活动方案】相关文章:", "相关推荐:", a sidebar's "最新文章", "热门文章". */
const RELATED = /^(?:【[^】]{2,40}】\s*)?(?:相关|最新|热门|推荐|精彩|更多)(?:文章|推荐|范文|阅读|资讯|新闻)\s*[:：]?$/u;

/**
 * A template site's page of samples: the first sample under its heading (named without its 篇一, the site's heading and
 * blurb before it dropped), up to the next sample's heading; the site's related pages after a text are dropped too.
 */
function firstSample(lines: string[]): string[] {
  // Only a list of links ends a text: short lines, none a sentence; a plan's own "相关…" line keeps what follows it.
  const related = lines.findIndex((l) => RELATED.test(normalizeText(l)));
  const links = related > 0 && lines.slice(related + 1).every((l) => normalizeText(l).trim().length <= 60 && !/[。；;]$/u.test(l.trim()));
  const body = links ? lines.slice(0, related) : lines;
  const first = body.slice(0, 12).findIndex((l) => {
    const m = SAMPLE_HEAD.exec(normalizeText(l).trim());
    return m !== null && (m[2] === '一' || m[2] === '1');
  });
  if (first < 0) return body;
  const name = SAMPLE_HEAD.exec(normalizeText(body[first] ?? '').trim())?.[1] ?? '';
  const next = body.findIndex((l, k) => k > first && SAMPLE_HEAD.test(normalizeText(l).trim()));
  const own = (body[first] ?? '').trim().slice(0, name.length);
  return [own, ...body.slice(first + 1, next > first ? next : body.length)];
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
/** A heading's marker inside a line: "三、" or "(二)" / "（二）", not "第三、", not "一、二年级" (a list of numbers). */
const RUN_IN_MARKER = /(?<![第一二三四五六七八九十])([一二三四五六七八九十]{1,2})、(?=\p{Script=Han}{2})(?![一二三四五六七八九十])|[（(]([一二三四五六七八九十]{1,2})[)）](?=\p{Script=Han}{2})/gu;

/**
 * An outline run into one line by a document site ("…市应急管理局三、活动内容(一)加强…"): split where the next heading
 * of its sequence starts (二、 after 一、, (二) after (一)), even with no full stop before it. A marker out of sequence
 * stays in the text.
 */
function outlineRunIn(line: string): string[] {
  const cuts: number[] = [];
  const next = { top: 0, paren: 0 };
  for (const m of line.matchAll(RUN_IN_MARKER)) {
    const kind = m[1] !== undefined ? 'top' : 'paren';
    const value = NUMERALS.indexOf(m[1] ?? m[2] ?? '') + 1;
    // A sequence starts at its first heading; (一) starts again under each top heading.
    const starts = value === 1 && (kind === 'paren' || next.top === 0);
    if (!starts && value !== next[kind] + 1) continue;
    if (starts && next[kind] !== 0 && kind === 'top') continue;
    next[kind] = value;
    if (kind === 'top') next.paren = 0;
    cuts.push(m.index);
  }
  // Fewer than two headings in sequence is no run-in outline.
  if (cuts.length < 2) return [line];
  const parts: string[] = [];
  let from = 0;
  for (const at of cuts) {
    if (at > from) parts.push(line.slice(from, at));
    from = at;
  }
  parts.push(line.slice(from));
  return parts;
}

/** A scraped page's title run into its first numbered heading ("…完成情况报告17、人才建设…", "…工作方案3篇 第一篇 …"): the title on a line of its own. */
function withTitleApart(line: string): string[] {
  // A document site's count of pieces ("…工作方案3篇 第一篇 …") goes with it.
  const m = /^(?:\d{1,2}、)?([^，,。；;:：\s]{6,60}?(?:报告|总结|工作要点|计划|方案))(?:(?=\d{1,2}、[^\d])|(?=[ \t　]+\S)|(?=20\d{2}年[，,])|(?=为(?:深入|全面|进一步|认真|切实|更好|贯彻|落实|加强|推动|做好|大力))|\s*\d{1,2}篇\s*(?=第[一二三四五六七八九十]{1,3}篇))/u.exec(normalizeText(line));
  // Matched in simplified form (a traditional page's "…工作總結"); the words kept as written.
  if (!m || normalizeText(line).length !== line.length) return [line];
  const title = m[1] ?? '';
  const start = m[0].indexOf(title);
  return [line.slice(start, start + title.length), line.slice(m[0].length)];
}

/** Adds a line, or joins it to the previous one when it is a page-break number inside a sentence. */
function appendLine(out: string[], line: string): void {
  const pageBreak = /^(\d{1,3})、/u.exec(line);
  let prevIndex = out.length - 1;
  while (prevIndex >= 0 && out[prevIndex] === '') prevIndex--;
  const prev = prevIndex >= 0 ? (out[prevIndex] ?? '') : '';
  if (pageBreak && prev.length > 60 && !TERMINAL.test(prev) && !MARKER.test(line.slice(pageBreak[0].length))) {
    out.length = prevIndex + 1;
    out[prevIndex] = prev + line.slice(pageBreak[0].length);
    return;
  }
  // A page of a scraped document starts with its page number and is cut mid-sentence at its end.
  if (pageBreak && line.length > 120 && !TERMINAL.test(line)) {
    out.push(line.slice(pageBreak[0].length));
    return;
  }
  out.push(line);
}

const HAN_NUMERAL = '[一二三四五六七八九十]{1,3}';
/** A top heading's marker inside a line: "…具体安排如下:一、活动时间…", "…创新四、活动内容…", "…;六、比赛说明…". */
const RUN_ON_HEAD = new RegExp(`(${HAN_NUMERAL})、(?=[^一二三四五六七八九十年月日号个项次名所期\\s、，,。；;:：\\d])`, 'gu');

/**
 * A document flattened by its page (headings run on inside a paragraph): each top heading that continues the
 * document's count ("五、" after "四、") starts a line of its own. The first one ("一、") only after a colon or a full
 * stop; a later one after a stop or right after the words before it ("…探索实践创新四、活动内容"), never after 第 or
 * inside a list of numbers ("三、四年级").
 */
export function withRunOnHeadings(lines: string[]): string[] {
  let last = 0;
  const out: string[] = [];
  for (const line of lines) {
    const opening = new RegExp(`^(${HAN_NUMERAL})、`, 'u').exec(line);
    if (opening) last = parseChineseNumber(opening[1] ?? '') ?? last;
    const cuts: number[] = [];
    for (const m of line.matchAll(RUN_ON_HEAD)) {
      const at = m.index ?? 0;
      if (at === 0) continue;
      const n = parseChineseNumber(m[1] ?? '');
      const before = line.slice(0, at);
      const stop = /[。；;:：！!？?]\s*$/u.test(before);
      const words = /\p{Script=Han}$/u.test(before) && !/第$/u.test(before);
      if (n === last + 1 && (stop || (n >= 2 && words))) {
        cuts.push(at);
        last = n;
      }
    }
    if (cuts.length === 0) {
      out.push(line);
      continue;
    }
    let from = 0;
    for (const at of cuts) {
      const piece = line.slice(from, at).trim();
      if (piece !== '') out.push(piece);
      from = at;
    }
    out.push(line.slice(from).trim());
  }
  return out;
}
