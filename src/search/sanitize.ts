/** Makes any input safe to analyse: a string, no control characters, bounded length. */
export const MAX_QUESTION_CHARS = 500;

export function sanitizeQuestion(input: unknown): string {
  const text = typeof input === 'string' ? input : input == null ? '' : String(input);
  return text
    .slice(0, MAX_QUESTION_CHARS * 4)
    .normalize('NFKC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION_CHARS);
}
