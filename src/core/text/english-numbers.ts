// "about two hundred people" → "about 200 people": English number words become digits, padded with
// spaces so that every offset into the text stays where it was.

const ONES: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, a: 1,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000 };
const WORD = Object.keys(ONES).filter((w) => w !== 'a').join('|');
const PHRASE = new RegExp(`\\b(?:a|${WORD})(?:[\\s-]+(?:and\\s+)?(?:${WORD}|hundred|thousand))*\\b`, 'gu');

/** The value of "two hundred and forty", or undefined for words that are not a number ("a", "one of"). */
export function englishNumber(phrase: string): number | undefined {
  const words = phrase.split(/[\s-]+/u).filter((w) => w !== 'and');
  if (words.length === 1 && (words[0] === 'a' || words[0] === 'one')) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (w in ONES) {
      current += ONES[w] ?? 0;
      seen = true;
    } else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALES) {
      total += (current || 1) * (SCALES[w] ?? 1);
      current = 0;
    } else return undefined;
  }
  return seen || total > 0 ? total + current : undefined;
}

/** A lower-case text with number phrases written as digits, same length as the input. */
export function digitsForEnglishNumbers(text: string): string {
  if (!/[a-z]/u.test(text)) return text;
  return text.replace(PHRASE, (phrase) => {
    const n = englishNumber(phrase);
    if (n === undefined || phrase.trim() === 'a') return phrase;
    const digits = String(n);
    return digits.length <= phrase.length ? digits + ' '.repeat(phrase.length - digits.length) : phrase;
  });
}
