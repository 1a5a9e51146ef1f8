/** Porter stemming (the `stemmer` package), cached: the same few thousand words recur everywhere. */
import { stemmer } from 'stemmer';
import { IRREGULAR } from './irregular.ts';

const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

export function stem(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  // Numbers and very short words are left alone: `us`, `10`, `ii`.
  const base = IRREGULAR[word] ?? word;
  const result = base.length <= 2 || /\d/.test(base) ? base : stemmer(base);
  if (cache.size < CACHE_LIMIT) cache.set(word, result);
  return result;
}
