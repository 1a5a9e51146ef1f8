/**
 * Extractions kept on disk between runs. What the extractors find in an article depends only on
 * its paragraphs, its publication date and the extractor code, so each article's result is stored
 * under a hash of exactly those; a start-up whose articles are all cached never loads the
 * extractors (nor compromise and chrono-node) at all.
 *
 * The cache is an optimisation and nothing more: a folder that cannot be written, an entry that
 * cannot be read or does not check out (see extraction-check.ts) simply means extracting again.
 * Layout: `<dir>/<extractor version>/<article key>.json`; folders of other versions are removed
 * the first time this version writes, so the cache does not grow with every code change.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkExtraction, type Extraction } from './extraction-check.ts';
import { extractorVersion, findProjectRoot } from './extractor-version.ts';
import type { Paragraph } from './types.ts';

export type { Extraction } from './extraction-check.ts';

export interface ExtractionCache {
  /** The key of an article's extraction: a hash of the extractor version, `published` and the paragraphs. */
  keyOf(published: string, paragraphs: readonly Paragraph[]): string;
  /** The stored extraction, or undefined when there is none or it does not fit these paragraphs. */
  get(key: string, paragraphs: readonly Paragraph[]): Promise<Extraction | undefined>;
  /** Stores an extraction; failures are swallowed (the next run extracts again). */
  set(key: string, extraction: Extraction): Promise<void>;
}

/** `node_modules/.cache/<name>`: the conventional place, git-ignored and writable after `npm ci`. */
export const CACHE_SUBDIR = path.join('node_modules', '.cache', 'article-citation-bot', 'extractions');

export class DiskExtractionCache implements ExtractionCache {
  readonly dir: string;
  readonly version: string;
  /** Set after the first failed write: an unwritable folder is not retried for every article. */
  #writable = true;
  #prepared: Promise<boolean> | undefined;

  constructor(root: string, version: string) {
    this.version = version;
    this.dir = path.join(root, version);
  }

  keyOf(published: string, paragraphs: readonly Paragraph[]): string {
    // Everything the extractors read: numbers, texts and sentence boundaries (not the file's line numbers).
    const input = paragraphs.map((p) => [p.number, p.text, p.sentences.map((s) => [s.start, s.end])]);
    return createHash('sha256').update(JSON.stringify([this.version, published, input])).digest('hex').slice(0, 40);
  }

  async get(key: string, paragraphs: readonly Paragraph[]): Promise<Extraction | undefined> {
    try {
      // Synchronous on purpose: for a few-KB file it is several times faster than the promise API
      // (one system call each for open, read and close, no thread-pool round trips), and start-up reads a thousand.
      const entry: unknown = JSON.parse(readFileSync(this.#file(key), 'utf8'));
      if (typeof entry !== 'object' || entry === null || (entry as { key?: unknown }).key !== key) return undefined;
      return checkExtraction((entry as { extraction?: unknown }).extraction, paragraphs);
    } catch {
      return undefined;
    }
  }

  async set(key: string, extraction: Extraction): Promise<void> {
    if (!this.#writable || !(await this.#prepare())) return;
    const file = this.#file(key);
    // Write then rename: a reader (another process starting) never sees half an entry.
    const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    try {
      await writeFile(temporary, JSON.stringify({ key, extraction }));
      await rename(temporary, file);
    } catch {
      this.#writable = false;
      await unlink(temporary).catch(() => undefined);
    }
  }

  #file(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }

  /** Creates this version's folder and removes other versions' folders, once per process. */
  #prepare(): Promise<boolean> {
    this.#prepared ??= (async () => {
      try {
        await mkdir(this.dir, { recursive: true });
      } catch {
        this.#writable = false;
        return false;
      }
      const parent = path.dirname(this.dir);
      const others = (await readdir(parent).catch(() => [])).filter((name) => name !== this.version);
      await Promise.all(others.map((name) => rm(path.join(parent, name), { recursive: true, force: true }).catch(() => undefined)));
      return true;
    })();
    return this.#prepared;
  }
}

let shared: Promise<ExtractionCache | undefined> | undefined;

/**
 * The project's cache in node_modules/.cache, shared by every store in the process; undefined
 * (no caching) when the extractor sources cannot be found to fingerprint them.
 */
export function defaultExtractionCache(): Promise<ExtractionCache | undefined> {
  shared ??= (async () => {
    const root = findProjectRoot();
    const version = root === undefined ? undefined : await extractorVersion(root);
    return root === undefined || version === undefined ? undefined : new DiskExtractionCache(path.join(root, CACHE_SUBDIR), version);
  })();
  return shared;
}
