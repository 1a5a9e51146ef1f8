/**
 * Numbers written in words, as a question may type them ("three hundred thirty million",
 * "twenty-three million"), in the digits news writing uses for them ("330 million", "23 million").
 * News style spells out only one to nine, so those stay words when they stand alone ("the two
 * leaders", "one-China"); a number of ten or more, or a unit before a scale ("three million"), is
 * written in digits.
 */
const UNITS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
/** Scales news keeps as words after the digits: "$330 million". */
const KEPT_SCALES = ['million', 'billion', 'trillion'];

const WORD = String.raw`(?:${[...UNITS, ...TENS, 'hundred', 'thousand', ...KEPT_SCALES].join('|')})`;
/** A run of number words, joined by spaces, hyphens or the "and" of "three hundred and thirty". */
const NUMBER_PHRASE = new RegExp(String.raw`\b${WORD}(?:(?:\s+and\s+|[\s-]+)${WORD})*\b`, 'gi');

/** "Three point three billion": one digit after the point, as news writes "3.3 billion". */
const DIGIT = String.raw`(${UNITS.slice(0, 10).join('|')})`;
const WITH_POINT = new RegExp(String.raw`\b${DIGIT}\s+point\s+${DIGIT}\b`, 'gi');
const digit = (word: string) => UNITS.indexOf(word.toLowerCase());

export function withNumerals(text: string): string {
  return text.replace(WITH_POINT, (_, whole: string, tenth: string) => `${digit(whole)}.${digit(tenth)}`).replace(NUMBER_PHRASE, (phrase) => {
    const words = phrase.toLowerCase().split(/(?:\s+and\s+|[\s-]+)/);
    const scale = KEPT_SCALES.includes(words[words.length - 1]!) ? words.pop()! : null;
    // (A scale alone, or a single small number, is written in words in news too.)
    // ("a hundred days": a scale with no number before it is left as typed.)
    if (words.length === 0 || words[0] === 'hundred' || words[0] === 'thousand') return phrase;
    const value = valueOf(words);
    if (value === null || (words.length === 1 && value < 10 && scale === null)) return phrase;
    return scale ? `${value} ${scale}` : String(value);
  });
}

/** The value of number words without a kept scale ("three hundred thirty" → 330), or null when they do not make one number. */
function valueOf(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let last: 'unit' | 'ten' | 'hundred' | 'thousand' | null = null;
  for (const word of words) {
    const unit = UNITS.indexOf(word);
    const ten = TENS.indexOf(word);
    if (unit >= 0) {
      // ("twenty three" is one number; "three four" or "twelve three" are not.)
      if (last === 'unit' || (last === 'ten' && unit >= 10)) return null;
      current += unit;
      last = 'unit';
    } else if (ten >= 0) {
      if (last === 'unit' || last === 'ten') return null;
      current += (ten + 2) * 10;
      last = 'ten';
    } else if (word === 'hundred') {
      if (last === 'hundred' || current >= 100) return null;
      current = (current || 1) * 100;
      last = 'hundred';
    } else if (word === 'thousand') {
      if (last === 'thousand' || total > 0) return null;
      total = (current || 1) * 1000;
      current = 0;
      last = 'thousand';
    } else return null;
  }
  return total + current;
}
