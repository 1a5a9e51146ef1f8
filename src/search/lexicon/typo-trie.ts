/**
 * Typo repair against a vocabulary: a trie walked with a Damerau–Levenshtein row per node,
 * so only prefixes that can still be within the allowed distance are visited.
 * (Fuse.js scans every entry and scores substrings; on a 30,000-word vocabulary it takes
 * 50–140 ms per word and often prefers long words that merely contain the typo.)
 */

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Set on the node that ends a word. */
  word?: string;
  count: number;
}

export interface Correction {
  word: string;
  distance: number;
  /** How often the word occurs in the vocabulary's texts. */
  count: number;
}

export class TypoTrie {
  private readonly root: TrieNode = { children: new Map(), count: 0 };
  private size = 0;

  add(word: string, count = 1): void {
    let node = this.root;
    for (const ch of word) {
      let next = node.children.get(ch);
      if (!next) {
        next = { children: new Map(), count: 0 };
        node.children.set(ch, next);
      }
      node = next;
    }
    if (node.word === undefined) this.size++;
    node.word = word;
    node.count += count;
  }

  get wordCount(): number {
    return this.size;
  }

  /** Words within `maxDistance` edits (insert, delete, substitute, swap adjacent), nearest and commonest first. */
  search(typed: string, maxDistance: number): Correction[] {
    const target = [...typed];
    const results: Correction[] = [];
    const firstRow = Array.from({ length: target.length + 1 }, (_, i) => i);
    for (const [ch, child] of this.root.children) {
      this.walk(child, ch, '', target, firstRow, null, maxDistance, results);
    }
    return results.sort((a, b) => a.distance - b.distance || b.count - a.count || a.word.localeCompare(b.word));
  }

  private walk(
    node: TrieNode,
    ch: string,
    prevCh: string,
    target: string[],
    prevRow: number[],
    prevPrevRow: number[] | null,
    maxDistance: number,
    results: Correction[],
  ): void {
    const row = [(prevRow[0] ?? 0) + 1];
    for (let i = 1; i <= target.length; i++) {
      const cost = target[i - 1] === ch ? 0 : 1;
      let value = Math.min((row[i - 1] ?? 0) + 1, (prevRow[i] ?? 0) + 1, (prevRow[i - 1] ?? 0) + cost);
      if (prevPrevRow && i > 1 && target[i - 1] === prevCh && target[i - 2] === ch) {
        value = Math.min(value, (prevPrevRow[i - 2] ?? 0) + 1);
      }
      row.push(value);
    }
    const distance = row[target.length] ?? Infinity;
    if (node.word !== undefined && distance <= maxDistance) results.push({ word: node.word, distance, count: node.count });
    if (Math.min(...row) > maxDistance) return;
    for (const [nextCh, child] of node.children) this.walk(child, nextCh, ch, target, row, prevRow, maxDistance, results);
  }
}
