/**
 * The knowledge folder held in memory. It keeps the last good version of every article, so an
 * edit that breaks a file is reported while the previous version keeps serving; a file that was
 * never valid serves nothing until it is fixed.
 */
import type { Dirent, Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArticleFile } from './article-file.ts';
import { ArticleExtractor, type ExtractionOptions } from './extract-article.ts';
import { problem, sortProblems } from './problems.ts';
import type { Article, KnowledgeBase, KnowledgeProblem } from './types.ts';

export type { Extractors } from './extract-article.ts';

/** `extractors` and `cache`: see ExtractionOptions (by default extractions are cached on disk). */
export interface StoreOptions extends ExtractionOptions {
  /** Larger files are reported instead of read: they are almost certainly not articles. */
  maxFileBytes?: number;
}

export interface KnowledgeSnapshot {
  kb: KnowledgeBase;
  problems: KnowledgeProblem[];
}

export interface FileUpdate {
  file: string;
  /** The served knowledge base changed: an article was added, replaced or removed. */
  changed: boolean;
  /** The file's current problems (empty when it is fine). */
  problems: KnowledgeProblem[];
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** Articles are `*.md` files; README.md and dotfiles (editor swap and lock files) are not. */
export function isArticleFileName(name: string): boolean {
  return !name.startsWith('.') && /\.md$/i.test(name) && name.toLowerCase() !== 'readme.md';
}

export class KnowledgeStore {
  readonly dir: string;
  readonly #extractor: ArticleExtractor;
  readonly #maxFileBytes: number;
  /** Keyed by file name within the folder. */
  readonly #articles = new Map<string, Article>();
  readonly #problems = new Map<string, KnowledgeProblem[]>();
  /** The content last read per file, so an unchanged save (or a duplicate watch event) costs nothing. */
  readonly #contents = new Map<string, string>();
  #folderProblems: KnowledgeProblem[] = [];
  #kb: KnowledgeBase | undefined;
  /** Async operations run one at a time, so a slow read never overwrites a newer one. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(dir: string, options: StoreOptions = {}) {
    this.dir = dir;
    this.#extractor = new ArticleExtractor(options);
    this.#maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  }

  /** Reads every article in the folder; files that disappeared since the last read are dropped. */
  loadAll(): Promise<KnowledgeSnapshot> {
    return this.#serial(async () => {
      const found = await listingAsync(this.dir);
      if ('problem' in found) return this.#folderUnreadable(found.problem);
      // Bounded parallel reads: fast on a thousand files without running out of file descriptors.
      // Extraction is CPU work (or a cache read) that overlaps well with the reads still in flight.
      const steps = await mapLimited(found.names, 32, async (name) => this.#prepare(name, await readAsync(this.#path(name), this.#maxFileBytes)));
      return this.#applyListing(found.names, steps);
    });
  }

  /** Reads one file again (added, edited or deleted: a file that is gone is removed). */
  reloadFile(file: string): Promise<FileUpdate> {
    const name = path.basename(file);
    if (!isArticleFileName(name)) return Promise.resolve(this.#ignored(name));
    return this.#serial(async () => this.#apply(name, await this.#prepare(name, await readAsync(this.#path(name), this.#maxFileBytes))));
  }

  /** Forgets a file: its article stops being served and its problems are cleared. */
  removeFile(file: string): FileUpdate {
    const name = path.basename(file);
    const changed = this.#articles.delete(name);
    this.#problems.delete(name);
    this.#contents.delete(name);
    if (changed) this.#kb = undefined;
    return { file: this.#path(name), changed, problems: [] };
  }

  /** Articles sorted by slug. The same object is returned until something changes. */
  get knowledgeBase(): KnowledgeBase {
    if (!this.#kb) {
      const articles = [...this.#articles.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
      this.#kb = { articles, bySlug: new Map(articles.map((a) => [a.slug, a])) };
    }
    return this.#kb;
  }

  get problems(): KnowledgeProblem[] {
    return sortProblems([...this.#folderProblems, ...[...this.#problems.values()].flat()]);
  }

  snapshot(): KnowledgeSnapshot {
    return { kb: this.knowledgeBase, problems: this.problems };
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #path(name: string): string {
    return path.join(this.dir, name);
  }

  #ignored(name: string): FileUpdate {
    return { file: this.#path(name), changed: false, problems: [] };
  }

  /** The last good articles keep serving: a folder that vanishes for a moment must not empty the bot. */
  #folderUnreadable(folderProblem: KnowledgeProblem): KnowledgeSnapshot {
    this.#folderProblems = [folderProblem];
    return this.snapshot();
  }

  #applyListing(names: string[], steps: Step[]): KnowledgeSnapshot {
    const present = new Set(names);
    for (const known of new Set([...this.#articles.keys(), ...this.#problems.keys()])) {
      if (!present.has(known)) this.removeFile(known);
    }
    names.forEach((name, i) => this.#apply(name, steps[i] ?? { kind: 'missing' }));
    this.#folderProblems = names.length > 0 ? [] : [problem(this.dir, `knowledge folder ${displayDir(this.dir)} has no articles; add one Markdown file per article (front matter with title: and published:, then the text)`, { severity: 'warning' })];
    return this.snapshot();
  }

  /**
   * Everything slow about a file, without touching what is served: parsing and extraction. Runs
   * inside #serial, so the contents it compares against are not changing underneath it.
   */
  async #prepare(name: string, outcome: ReadOutcome): Promise<Step> {
    if (outcome.kind !== 'content') return outcome;
    if (this.#contents.get(name) === outcome.content) return { kind: 'unchanged' };
    const file = this.#path(name);
    const parsed = parseArticleFile(file, outcome.content);
    if (!parsed.ok) return { kind: 'invalid', content: outcome.content, problems: parsed.problems };
    const { paragraphs } = parsed;
    const { extraction, problems } = await this.#extractor.extract(file, paragraphs, parsed.meta.published);
    return { kind: 'article', content: outcome.content, article: { ...parsed.meta, paragraphs, ...extraction }, problems };
  }

  /** Makes a prepared step what is served (synchronous, so the store is never seen half-updated). */
  #apply(name: string, step: Step): FileUpdate {
    const file = this.#path(name);
    switch (step.kind) {
      case 'missing':
        return this.removeFile(name);
      case 'problem':
        this.#contents.delete(name);
        return this.#setProblems(name, [step.problem]);
      case 'unchanged':
        return { file, changed: false, problems: this.#problems.get(name) ?? [] };
      case 'invalid':
        this.#contents.set(name, step.content);
        return this.#setProblems(name, step.problems);
      case 'article':
        this.#contents.set(name, step.content);
        this.#articles.set(name, step.article);
        this.#kb = undefined;
        if (step.problems.length > 0) this.#problems.set(name, step.problems);
        else this.#problems.delete(name);
        return { file, changed: true, problems: step.problems };
    }
  }

  #setProblems(name: string, problems: KnowledgeProblem[]): FileUpdate {
    const file = this.#path(name);
    const list = this.#articles.has(name)
      ? [...problems, problem(file, 'the last valid version of this file is still served until these problems are fixed')]
      : problems;
    this.#problems.set(name, list);
    return { file, changed: false, problems: list };
  }
}

/** `knowledge` → `./knowledge`, so a message shows plainly that it is a folder path. */
export function displayDir(dir: string): string {
  return path.isAbsolute(dir) || dir.startsWith('.') ? dir : `./${dir}`;
}

async function mapLimited<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/* ---------- reading the folder ---------- */

type Listing = { names: string[] } | { problem: KnowledgeProblem };
type ReadOutcome = { kind: 'content'; content: string } | { kind: 'missing' } | { kind: 'problem'; problem: KnowledgeProblem };
/** A file read and, when it is an article, parsed and extracted: ready to be served or reported. */
type Step =
  | Exclude<ReadOutcome, { kind: 'content' }>
  | { kind: 'unchanged' }
  | { kind: 'invalid'; content: string; problems: KnowledgeProblem[] }
  | { kind: 'article'; content: string; article: Article; problems: KnowledgeProblem[] };

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown error';

async function listingAsync(dir: string): Promise<Listing> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    return { problem: folderProblem(dir, error) };
  }
  const names = entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && isArticleFileName(e.name)).map((e) => e.name);
  return { names: names.sort() };
}

function folderProblem(dir: string, error: unknown): KnowledgeProblem {
  const shown = displayDir(dir);
  const fix = 'set KNOWLEDGE_DIR or pass --knowledge DIR';
  switch (errorCode(error)) {
    case 'ENOENT':
      return problem(dir, `knowledge folder ${shown} does not exist; ${fix}`);
    case 'ENOTDIR':
      return problem(dir, `knowledge folder ${shown} is a file, not a folder; ${fix} to the folder that holds the articles`);
    case 'EACCES':
    case 'EPERM':
      return problem(dir, `knowledge folder ${shown} cannot be read (permission denied); check its permissions`);
    default:
      return problem(dir, `knowledge folder ${shown} cannot be read (${errorCode(error)}); ${fix}`);
  }
}

/** A directory named `x.md` counts as no file; an oversized file is reported, not parsed. */
function outcome(file: string, maxBytes: number, stats: Stats, content: string): ReadOutcome {
  if (!stats.isFile()) return { kind: 'missing' };
  if (stats.size > maxBytes) {
    const size = (n: number): string => (n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);
    return { kind: 'problem', problem: problem(file, `the file is ${size(stats.size)}; files over ${size(maxBytes)} are not read — is it really one article?`) };
  }
  return { kind: 'content', content };
}

function readError(file: string, error: unknown): ReadOutcome {
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied; check its permissions' : `${code}; try saving it again`;
  return { kind: 'problem', problem: problem(file, `cannot read the file (${why})`) };
}

async function readAsync(file: string, maxBytes: number): Promise<ReadOutcome> {
  try {
    const stats = await stat(file);
    const content = stats.isFile() && stats.size <= maxBytes ? await readFile(file, 'utf8') : '';
    return outcome(file, maxBytes, stats, content);
  } catch (error) {
    return readError(file, error);
  }
}
