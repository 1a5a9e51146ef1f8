/**
 * Benchmark questions built from the articles themselves (so most have answers) plus typos and
 * off-topic questions, the mix a real channel sends. Seeded for repeatable runs.
 */
import type { KnowledgeBase } from '../src/knowledge/types.ts';
import { isStopWord } from '../src/search/text/stopwords.ts';
import { random } from './synthetic-articles.ts';

const OFF_TOPIC = [
  'what is the capital of France',
  'who won the 2022 world cup',
  'how tall is Mount Everest',
  'what is the price of bitcoin today',
  'who directed the movie titanic',
];
const OPENERS = ['who', 'what did', 'how much', 'when did', 'why did', 'what is', ''];

function typo(word: string, rnd: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(rnd() * (word.length - 3));
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

export function benchQuestions(kb: KnowledgeBase, count: number, seed = 7): string[] {
  const rnd = random(seed);
  const questions: string[] = [];
  const paragraphs = kb.articles.flatMap((a) => a.paragraphs);
  while (questions.length < count && paragraphs.length > 0) {
    if (rnd() < 0.1) {
      questions.push(OFF_TOPIC[Math.floor(rnd() * OFF_TOPIC.length)]!);
      continue;
    }
    const paragraph = paragraphs[Math.floor(rnd() * paragraphs.length)]!;
    const words = paragraph.text.split(/[^\p{L}\p{N}'-]+/u).filter((w) => w.length > 2 && !isStopWord(w.toLowerCase()));
    const start = Math.floor(rnd() * Math.max(1, words.length - 4));
    let picked = words.slice(start, start + 2 + Math.floor(rnd() * 3)).map((w) => w.toLowerCase());
    if (rnd() < 0.2) picked = picked.map((w, i) => (i === 0 ? typo(w, rnd) : w));
    const opener = OPENERS[Math.floor(rnd() * OPENERS.length)]!;
    questions.push(`${opener} ${picked.join(' ')}`.trim());
  }
  return questions;
}
