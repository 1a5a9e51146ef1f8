/**
 * Quotes, speakers, statements and dated events for one article: from the extraction cache when it
 * has them, otherwise from the extractors, which are imported only then (they pull in compromise
 * and chrono-node, most of a cold start's time). An extractor that throws costs the article its
 * quotes or events, never the article: the failure comes back as a warning.
 */
import { defaultExtractionCache, type Extraction, type ExtractionCache } from './extraction-cache.ts';
import { problem } from './problems.ts';
import type { ExtractedQuotes } from './quotes/index.ts';
import type { KnowledgeProblem, Paragraph, TimelineEvent } from './types.ts';

export interface Extractors {
  extractQuotes(paragraphs: Paragraph[]): ExtractedQuotes;
  extractEvents(paragraphs: Paragraph[], published: string): TimelineEvent[];
}

export interface ExtractionOptions {
  /** Replaces the quote and timeline extractors (tests use this to simulate a failing one). */
  extractors?: Partial<Extractors>;
  /**
   * Where extractions are kept between runs. Default: the project's cache in node_modules/.cache,
   * unless `extractors` are replaced (the cache only knows the built-in ones); `false`: none.
   */
  cache?: ExtractionCache | false;
}

export interface ArticleExtraction {
  extraction: Extraction;
  /** Warnings for extractors that failed on this article. */
  problems: KnowledgeProblem[];
}

let quoteExtractor: Promise<Extractors['extractQuotes']> | undefined;
let eventExtractor: Promise<Extractors['extractEvents']> | undefined;

/*
 * The real extractors, imported on first use and shared by the whole process. Each on its own, so
 * one that fails to load (a syntax error while someone edits it) does not take the other with it.
 */
const builtInQuotes = (): Promise<Extractors['extractQuotes']> => (quoteExtractor ??= import('./quotes/index.ts').then((m) => m.extractQuotes));
const builtInEvents = (): Promise<Extractors['extractEvents']> => (eventExtractor ??= import('./timeline/index.ts').then((m) => m.extractEvents));

/** An extractor that could not be imported throws the import error when used, to be reported like any failure. */
function orThrowing<F>(loading: Promise<F>): Promise<F | (() => never)> {
  return loading.catch((error: unknown) => () => {
    throw error;
  });
}

export class ArticleExtractor {
  readonly #overrides: Partial<Extractors>;
  readonly #cache: Promise<ExtractionCache | undefined>;

  constructor(options: ExtractionOptions = {}) {
    this.#overrides = options.extractors ?? {};
    const replaced = Object.values(this.#overrides).some((f) => f !== undefined);
    this.#cache = options.cache !== undefined ? Promise.resolve(options.cache || undefined) : replaced ? Promise.resolve(undefined) : defaultExtractionCache();
  }

  async extract(file: string, paragraphs: Paragraph[], published: string): Promise<ArticleExtraction> {
    const cache = await this.#cache;
    const key = cache?.keyOf(published, paragraphs);
    const cached = cache && key !== undefined ? await cache.get(key, paragraphs) : undefined;
    if (cached) return { extraction: cached, problems: [] };

    const found: KnowledgeProblem[] = [];
    const extractors = await this.#extractors();
    const guard = <T>(what: string, fallback: T, run: () => T): T => {
      try {
        return run() ?? fallback;
      } catch (error) {
        found.push(problem(file, `${what} failed (${describeError(error)}); the article is served without them — this is a bug in the extractor, please report it with this file`, { severity: 'warning' }));
        return fallback;
      }
    };
    const quotes = guard('finding quotes', { speakers: [], quotes: [], statements: [] }, () => extractors.extractQuotes(paragraphs));
    const events = guard('finding dated events', [], () => extractors.extractEvents(paragraphs, published));
    const extraction: Extraction = { ...quotes, events };
    // A failed extraction is not kept: the warning must show again, and a fix must take effect.
    if (cache && key !== undefined && found.length === 0) await cache.set(key, extraction);
    return { extraction, problems: found };
  }

  async #extractors(): Promise<Extractors> {
    const { extractQuotes, extractEvents } = this.#overrides;
    return {
      extractQuotes: extractQuotes ?? (await orThrowing(builtInQuotes())),
      extractEvents: extractEvents ?? (await orThrowing(builtInEvents())),
    };
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
