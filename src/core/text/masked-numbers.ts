// "线上观看 1,3xx 人 (后台显示 1346)": a count written with x for the digits not known, its exact value restated in the
// brackets right after it. The exact value is read where the count stands and the brackets' copy is blanked, so the
// number is read once; every offset stays where it was (the text keeps its length).

/** A masked count ("1,3xx", "2xx"), up to a few words, then brackets holding one plain number. */
const MASKED_RESTATED = /(?<![\d.,])(\d{1,3}(?:,\d{0,3})?x{1,3})(?![a-z\d])([^()（）\n\d]{0,6}?)([(（][^()（）\n\d]{0,8}?)(\d{2,7})([^()（）\n\d]{0,4}[)）])/gu;

export function withRestatedMasks(text: string): string {
  return text.replace(MASKED_RESTATED, (all, masked: string, between: string, open: string, exact: string, close: string) => {
    const digits = masked.replace(/,/gu, '');
    // Only when the exact number has the masked one's length and agrees with every digit written.
    if (digits.length !== exact.length || ![...digits].every((c, i) => c === 'x' || c === exact[i])) return all;
    return `${exact.padEnd(masked.length, ' ')}${between}${open}${' '.repeat(exact.length)}${close}`;
  });
}
