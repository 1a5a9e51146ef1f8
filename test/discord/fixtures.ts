/** Replies as the core returns them once search, quotes and timeline are in place: for rendering tests. */
import type { AskReply, QuoteReply, TimelineReply } from '../../src/reply/types.ts';

export const SLUG = 'trump-xi-call';
export const SOURCE = { slug: SLUG, title: 'Trump and Xi discuss Taiwan, trade and Ukraine in phone call', published: '2025-11-24' };

export const ANSWERED_ASK: AskReply = {
  command: 'ask',
  status: 'answered',
  question: 'who protested the arms sale',
  answers: [
    { text: 'Beijing sharply protested the authorization, saying it "grossly violated" the one-China principle.', citation: { article: SLUG, paragraph: 6 }, why: ['protested', 'arms package'] },
  ],
  nearest: [],
  sources: [SOURCE],
};

export const NOT_FOUND_ASK: AskReply = {
  command: 'ask',
  status: 'not_found',
  question: 'what did the pope say',
  answers: [],
  nearest: [{ text: 'The call also touched on Russia\'s invasion of Ukraine.', citation: { article: SLUG, paragraph: 8 }, why: ['call'] }],
  sources: [SOURCE],
  message: 'The article does not say.',
};

export const QUOTES: QuoteReply = {
  command: 'quote',
  status: 'answered',
  query: 'lin-jian',
  speaker: { id: 'lin-jian', name: 'Lin Jian', role: 'Chinese foreign ministry spokesperson' },
  quotes: [
    { text: 'China deplores and opposes that.', citation: { article: SLUG, paragraph: 6 }, partial: false },
    { text: 'grossly violated', citation: { article: SLUG, paragraph: 6 }, partial: true, via: ['Beijing'] },
  ],
  statements: [{ text: 'Chinese officials said Xi reiterated Beijing\'s support for any initiative.', citation: { article: SLUG, paragraph: 8 }, partial: false, via: ['Chinese officials'] }],
  suggestions: [],
  sources: [SOURCE],
};

export const TIMELINE: TimelineReply = {
  command: 'timeline',
  status: 'answered',
  events: [
    { date: '2025-10-30', precision: 'day', written: 'Oct. 30', text: 'a meeting between Trump and Xi in Busan on Oct. 30', citation: { article: SLUG, paragraph: 5 }, expected: false },
    { date: '2025-10-30', precision: 'day', written: 'Since then', text: 'China has resumed purchasing U.S. soybeans', citation: { article: SLUG, paragraph: 5 }, expected: false, after: { written: 'Oct. 30', paragraph: 5 } },
    { date: '2025-11-24', precision: 'day', written: 'Monday', text: 'held a phone call Monday', citation: { article: SLUG, paragraph: 1 }, expected: false },
    { date: '2026-04', precision: 'month', written: 'in April', text: 'Trump plans to visit Beijing in April', citation: { article: SLUG, paragraph: 7 }, expected: true },
  ],
  sources: [SOURCE],
};

/** A reply far beyond every limit: long texts, many items, many cited paragraphs. */
export function hugeAsk(): AskReply {
  const long = 'Sentence with many words in it that goes on. '.repeat(200);
  return {
    ...ANSWERED_ASK,
    question: `q ${'x'.repeat(400)} 😀`,
    answers: Array.from({ length: 40 }, (_, i) => ({ text: long, citation: { article: `article-${'s'.repeat(i % 3 ? 10 : 120)}-${i}`, paragraph: i + 1 }, why: ['w'.repeat(300)] })),
    sources: Array.from({ length: 60 }, (_, i) => ({ slug: `article-${i}`, title: 'A title '.repeat(20), published: '2025-11-24' })),
  };
}
