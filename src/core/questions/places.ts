// Kinds of place a question names ("在各学校", "去过哪些社区") and how a record's title names one (实验小学, 县一中, 城南社区).
const KINDS: Array<{ kind: RegExp; title: RegExp }> = [
  { kind: /^(学校|中小学|校园|中学|小学|高校|院校)$/u, title: /学校|[小中]学|[高初]中|[县市区镇乡村\p{Script=Han}][一二三四五六七八九十\d]{1,2}[中小]|幼儿园|职校|职高|职中|学院|大学|校园|校区/u },
  { kind: /^(社区|小区|街道)$/u, title: /社区|小区|街道|居委会/u },
  { kind: /^(乡镇|乡|镇|乡村|农村|村)$/u, title: /[\p{Script=Han}]{1,4}(乡|镇|村)(?!土)/u },
  { kind: /^(企业|公司|工厂|园区)$/u, title: /企业|公司|集团|厂|园区/u },
  { kind: /^(医院|卫生院)$/u, title: /医院|卫生院|卫生室/u },
];

/** The place words of a topic ("在各学校" → 学校, "哪些社区" → 社区). */
export const placeWord = (topic: string): string => topic.replace(/^(在|到|去|进|走进|深入)?(各个?|哪些|哪个|哪几个|什么|多少个?|几个)?|(里|中|内|那边|这边)$/gu, '').trim();

/** True when the topic is a kind of place and the title names a place of that kind. */
export function placeMatches(topic: string, title: string): boolean {
  const word = placeWord(topic);
  const kind = KINDS.find((k) => k.kind.test(word));
  return kind !== undefined && kind.title.test(title);
}

/** True when a topic names a kind of place (学校, 社区, 乡镇…). */
export const isPlaceKind = (topic: string): boolean => KINDS.some((k) => k.kind.test(placeWord(topic)));
