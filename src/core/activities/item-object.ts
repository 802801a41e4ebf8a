// What a plan item is about, read from its own text: the object a record must name before it is linked without asking.
import { matchKey } from '../text/normalize.js';

/**
 * Words any item may share with any record: the forms of work (讲座, 培训, 总结, 调查 …), the bodies doing it
 * (科协), who came (群众) and the like. A record sharing only these with an item names what it did, not the item's object.
 */
export const GENERIC = /科技|科普|科协|工作|活动|宣传|讲座|培训|总结|调查|报告|服务|建设|展览|咨询|资料|发放|会议|接待|参观|群众|参与|场次|任务|信息|主题|系列|志愿|比赛|竞赛|大赛|评审/gu;
/** Where, not what: a county's or a nation's scope is no object of its own. */
const PLACE = /全国|[县市]级|[县市]/gu;

/** A phrase made of generic words only ("工作总结", "科普讲座", "评审"): it never names an item's object. */
export const isGenericPhrase = (phrase: string): boolean => matchKey(phrase).replace(GENERIC, '').length === 0;

/** Whether a term keeps enough of its own once the generic words are gone ("年度工作总结" keeps 年度; "调查报告" keeps nothing). */
const ownEnough = (term: string): boolean => {
  const own = term.replace(GENERIC, '').replace(PLACE, '').length;
  return own >= 3 || (own >= 2 && term.length >= 4);
};

/** Who leads or helps the item: not what it is about. */
const OWNERS = /(牵头部门|责任部门|牵头单位|责任单位|配合单位|配合部门|协办单位)[:：][^。；;\n]*[。；;]?/gu;
/** When and how much: dates, periods, frequencies and the target figure say nothing about the object. */
const WHEN = /次年|每(?:月|年|季度末?|周)|年内|全年|[上下]半年|第[一二三四]季度|\d+月(?:\d+日)?(?:底|初|中旬|上旬|下旬)?前?|\d+月(?:底|初|中旬|上旬|下旬)?/gu;
const AMOUNT = /(?:不少于|不低于|达到|以上|[\d]).*$/u;
/**
 * The doing, before the object ("开展", "推进", "完成 … 发放"). Making something (新建, 建设, 组建) stays: the object of
 * "新建企业科协" is a new 企业科协, not whatever a 企业科协 does.
 */
const LEADING_VERB = /^(?:开展|组织|举办|推进|加强|召开|做好|办好|完成|形成|报送|发放|推荐|选树宣传|选树|回收|举行|实施|推动|落实|部署|总结)+/u;
const TRAILING = /(?:系列活动|主题宣传|活动|工作|信息|发放|等)+$/u;
/** Scope words an item's name may carry or drop (县科技馆 / 科技馆, 年度调查问卷 / 调查问卷, 青少年科技创新大赛 / 科技创新大赛). */
const SCOPE = /^(?:全国|县级|市级|县|市|年度|青少年|各乡镇)/u;
/** A form of work at the end of a term ("应急科普讲座"): the term without it still names the object ("应急科普"). */
const FORM = /(?:讲座|培训|活动|宣传|会议)$/u;

/**
 * The object terms of an item, by one rule for every item: each clause of its text without the owner, dates,
 * amounts, the leading verb and trailing generic words ("开展科技工作者状况调查" → 科技工作者状况调查,
 * "回收有效问卷不少于500份" → 有效问卷), with its scope or form dropped as variants; terms of generic words only are left out.
 */
export function objectTermsOf(itemText: string): string[] {
  const terms = new Set<string>();
  const clauses = itemText.replace(OWNERS, '').replace(WHEN, '').split(/[，。；,;：:\n]/u);
  for (const clause of clauses) {
    const term = matchKey(clause).replace(AMOUNT, '').replace(LEADING_VERB, '').replace(TRAILING, '');
    for (const variant of [term, term.replace(SCOPE, ''), term.replace(FORM, ''), term.replace(SCOPE, '').replace(FORM, '')]) {
      if (ownEnough(variant)) terms.add(variant);
    }
  }
  return [...terms];
}

/** A record names the object when one of the item's object terms stands whole in its words. */
export const namesObjectTerm = (recordKey: string, terms: readonly string[]): boolean => terms.some((t) => recordKey.includes(t));
