/**
 * The knowledge model: what the bot knows about each article once it has been read.
 * Everything here is plain data, so every transport and every test can use it directly.
 */

/** Where a piece of text came from: the article's slug and the 1-based paragraph number users see as ¶N. */
export interface Citation {
  article: string;
  paragraph: number;
}

/** A sentence, verbatim: `text === paragraph.text.slice(start, end)`. */
export interface Sentence {
  text: string;
  /** 1-based paragraph number. */
  paragraph: number;
  /** 0-based position of the sentence within its paragraph. */
  index: number;
  /** Character offsets into the paragraph's text. */
  start: number;
  end: number;
}

export interface Paragraph {
  /** 1-based, in the order of the file. */
  number: number;
  text: string;
  /** 1-based line of the file where the paragraph starts (for error messages). */
  line: number;
  sentences: Sentence[];
}

/** What the front matter says about an article. */
export interface ArticleMeta {
  /** The file name without `.md`: stable, lowercase, used in citations. */
  slug: string;
  title: string;
  /** Publication date, `YYYY-MM-DD`: every relative date in the text resolves against it. */
  published: string;
  source?: string;
  url?: string;
  /** Path of the file it was read from. */
  file: string;
}

export type SpeakerKind = 'person' | 'organization' | 'place' | 'unknown';

/** Someone (or some body) the article quotes or reports. */
export interface Speaker {
  /** Slug of the name: `lin-jian`. Stable within an article, shared across articles for the same name. */
  id: string;
  /** The name as the article spells it, without title or role: `Lin Jian`. */
  name: string;
  /** Title or role as written: `Chinese foreign ministry spokesperson`. */
  role?: string;
  kind: SpeakerKind;
  /** Other ways the article refers to them (surname, full title), used by fuzzy lookup. */
  aliases: string[];
}

/** A direct quotation: the words inside the quotation marks, verbatim. */
export interface Quote {
  speakerId: string;
  /** Exactly the characters between the quotation marks (so `paragraph.text.includes(text)` always holds). */
  text: string;
  paragraph: number;
  /** True for a fragment quoted inside a sentence: `called the plan "a reckless gamble"`. */
  partial: boolean;
  /**
   * The chain the quote reached us through, outermost first, when it is reported second hand:
   * `According to China's foreign ministry, Xi told Trump "…"` → `["China's foreign ministry"]`.
   */
  via?: string[];
  /** Character offset of `text` in the paragraph. */
  start: number;
}

/** Reported (indirect) speech: `Takaichi said this month that …`, kept apart from direct quotes. */
export interface Statement {
  speakerId: string;
  /** The sentence that reports it, verbatim. */
  text: string;
  paragraph: number;
  via?: string[];
}

export type DatePrecision = 'day' | 'month' | 'year';

/** A dated event, its date resolved against the article's publication date. */
export interface TimelineEvent {
  /** ISO 8601 at the precision the article gives: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  precision: DatePrecision;
  /** The date as the text writes it: `Monday`, `Oct. 30`, `earlier this month`. */
  written: string;
  /** A short verbatim text for the event (its sentence, or the clause around the date). */
  text: string;
  paragraph: number;
  /** True when the event lies after publication (`next month`, `early next year`). */
  expected: boolean;
  /**
   * Set for undated events the text orders relative to a dated one (`since then`):
   * the event happened after `date`, which is its anchor's date.
   */
  after?: { written: string; paragraph: number };
}

/** One article, fully read. */
export interface Article extends ArticleMeta {
  paragraphs: Paragraph[];
  speakers: Speaker[];
  quotes: Quote[];
  statements: Statement[];
  events: TimelineEvent[];
}

/** A problem found while reading the knowledge folder: which file, which line, what is wrong. */
export interface KnowledgeProblem {
  file: string;
  /** 1-based line, when the problem has one. */
  line?: number;
  field?: string;
  message: string;
  /**
   * `warning`: the bot can serve anyway (an empty folder, an extractor that failed on one file).
   * Anything else is an error: at start-up it stops the bot, later it keeps the last good version.
   */
  severity?: 'warning';
}

export interface KnowledgeBase {
  /** Sorted by slug, for stable output. */
  articles: Article[];
  bySlug: Map<string, Article>;
}
