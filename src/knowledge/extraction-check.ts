/**
 * Checks that data read back from the extraction cache is what the extractors make, for these very
 * paragraphs: the right shapes, paragraph numbers that exist, quotes found verbatim where they say,
 * speakers that are listed. A file that was truncated, hand-edited or written by other code fails
 * here and is treated as a cache miss, so the bot never serves wrong data from the cache.
 */
import type { Paragraph, Quote, Speaker, Statement, TimelineEvent } from './types.ts';

/** What the extractors find in one article. */
export interface Extraction {
  speakers: Speaker[];
  quotes: Quote[];
  statements: Statement[];
  events: TimelineEvent[];
}

type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const optional = (v: unknown, check: (v: unknown) => boolean): boolean => v === undefined || check(v);

const SPEAKER_KINDS = new Set(['person', 'organization', 'place', 'unknown']);
const PRECISIONS = new Set(['day', 'month', 'year']);

function isSpeaker(v: unknown): v is Speaker {
  return isObject(v) && isString(v.id) && isString(v.name) && optional(v.role, isString) && SPEAKER_KINDS.has(v.kind as string) && isStringList(v.aliases);
}

/** The extraction when `value` is a valid one for `paragraphs`, else undefined. */
export function checkExtraction(value: unknown, paragraphs: readonly Paragraph[]): Extraction | undefined {
  if (!isObject(value)) return undefined;
  const { speakers, quotes, statements, events } = value;
  if (!Array.isArray(speakers) || !Array.isArray(quotes) || !Array.isArray(statements) || !Array.isArray(events)) return undefined;
  if (!speakers.every(isSpeaker)) return undefined;
  const ids = new Set(speakers.map((s) => s.id));
  const textOf = (n: unknown): string | undefined => (Number.isInteger(n) ? paragraphs[(n as number) - 1]?.text : undefined);

  const quoteOk = (q: unknown): boolean => {
    if (!isObject(q) || !isString(q.text) || !isOffset(q.start) || typeof q.partial !== 'boolean') return false;
    if (!isString(q.speakerId) || !ids.has(q.speakerId) || !optional(q.via, isStringList)) return false;
    return textOf(q.paragraph)?.slice(q.start, q.start + q.text.length) === q.text;
  };
  const statementOk = (s: unknown): boolean => {
    if (!isObject(s) || !isString(s.text) || !isString(s.speakerId) || !ids.has(s.speakerId)) return false;
    return optional(s.via, isStringList) && textOf(s.paragraph)?.includes(s.text) === true;
  };
  const eventOk = (e: unknown): boolean => {
    if (!isObject(e) || !isString(e.date) || !PRECISIONS.has(e.precision as string) || typeof e.expected !== 'boolean') return false;
    if (!isString(e.written) || !isString(e.text)) return false;
    const after = e.after;
    if (after !== undefined && !(isObject(after) && isString(after.written) && textOf(after.paragraph) !== undefined)) return false;
    const text = textOf(e.paragraph);
    return text !== undefined && text.includes(e.text) && text.includes(e.written);
  };
  if (!quotes.every(quoteOk) || !statements.every(statementOk) || !events.every(eventOk)) return undefined;
  return { speakers, quotes, statements, events } as Extraction;
}
