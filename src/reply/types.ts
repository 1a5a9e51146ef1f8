/**
 * The transport-neutral reply every command returns. Its JSON form is the public contract
 * (see README, "JSON contract"): transports render it, they never rebuild it.
 */
import type { Citation, DatePrecision } from '../knowledge/types.ts';

export type ReplyStatus = 'answered' | 'not_found' | 'error';

export interface CitedText {
  /** Verbatim from the cited paragraph. */
  text: string;
  citation: Citation;
}

/** Titles and dates of the articles a reply cites, so renderers can name them (footers, headers). */
export interface SourceInfo {
  slug: string;
  title: string;
  published: string;
}

interface ReplyBase {
  status: ReplyStatus;
  /** Set when `status` is `error`; otherwise an optional human sentence ("The article does not say."). */
  message?: string;
  /** Ask only the asker (Discord: ephemeral). Set from the `private` option. */
  private?: boolean;
  sources?: SourceInfo[];
}

export interface AskAnswer extends CitedText {
  /** Why this passage was chosen, in a few words each. */
  why: string[];
}

export interface AskReply extends ReplyBase {
  command: 'ask';
  question: string;
  /** Best first; empty when `not_found`. */
  answers: AskAnswer[];
  /** When `not_found`: the closest passages, labelled as such, never as answers. */
  nearest: AskAnswer[];
}

export interface QuoteItem extends CitedText {
  partial: boolean;
  /** The chain the quote reached us through, outermost first. */
  via?: string[];
}

export interface QuoteReply extends ReplyBase {
  command: 'quote';
  /** The query as typed. */
  query: string;
  speaker: { id: string; name: string; role?: string } | null;
  quotes: QuoteItem[];
  /** Reported (indirect) speech, shown apart from direct quotes. */
  statements: QuoteItem[];
  /** "Did you mean" when the speaker is not found. */
  suggestions: { id: string; name: string }[];
}

export interface TimelineItem extends CitedText {
  /** ISO 8601 at the article's precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  precision: DatePrecision;
  /** The date as written: `Monday`, `Oct. 30`. */
  written: string;
  expected: boolean;
  after?: { written: string; paragraph: number };
}

export interface TimelineReply extends ReplyBase {
  command: 'timeline';
  /** Ascending by date. */
  events: TimelineItem[];
}

export interface HelpReply extends ReplyBase {
  command: 'help';
  commands: { name: string; description: string; example: string }[];
}

export interface ArticlesReply extends ReplyBase {
  command: 'articles';
  articles: { slug: string; title: string; published: string; paragraphs: number; quotes: number; events: number }[];
}

/** One whole paragraph (the "Show ¶N" button, `/paragraph` in the console). */
export interface ParagraphReply extends ReplyBase {
  command: 'paragraph';
  paragraph: CitedText | null;
}

export interface ErrorReply extends ReplyBase {
  command: string;
  status: 'error';
  message: string;
}

export type Reply = AskReply | QuoteReply | TimelineReply | HelpReply | ArticlesReply | ParagraphReply | ErrorReply;
