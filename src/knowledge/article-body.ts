/**
 * The body of an article file: paragraphs separated by blank lines, each checked to be plain
 * text (not a heading, rule, HTML block, code fence or table) and split into sentences.
 */
import type { Report } from './front-matter.ts';
import { splitSentences } from './sentences.ts';
import type { Paragraph } from './types.ts';

interface Block {
  /** 0-based index of the block's first line in the file. */
  at: number;
  lines: string[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t#]*$/;
const RULE = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const HTML = /^ {0,3}<(?:[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)|\/[A-Za-z]|!--|!\[CDATA\[|![A-Za-z]|\?)/;
const TABLE_ROW = /^ {0,3}\|.*\|/;
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const WORD = /[\p{L}\p{N}]/u;

/** Blank lines separate blocks, except inside a code fence, which stays one block (reported once). */
function splitBlocks(lines: string[], from: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    if (!current) blocks.push((current = { at: i, lines: [] }));
    current.lines.push(line);
    const fence = FENCE.exec(line)?.[1];
    if (!fence) continue;
    const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
    while (++i < lines.length) {
      current.lines.push(lines[i] ?? '');
      if (closing.test(lines[i] ?? '')) break;
    }
  }
  return blocks;
}

const preview = (line: string): string => {
  const t = line.trim();
  return t.length > 50 ? `"${t.slice(0, 47)}…"` : `"${t}"`;
};

export function readBody(lines: string[], from: number, title: string | undefined, report: Report): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  splitBlocks(lines, from).forEach((block, i) => {
    if (!isParagraph(block, i === 0, title, report)) return;
    const text = block.lines.map((l) => l.trim()).join(' ');
    const number = paragraphs.length + 1;
    paragraphs.push({ number, text, line: block.at + 1, sentences: splitSentences(text, number) });
  });
  return paragraphs;
}

/** Reports what keeps a block from being a paragraph of plain text; true when nothing does. */
function isParagraph(block: Block, first: boolean, title: string | undefined, report: Report): boolean {
  let ok = true;
  const flag = (message: string, index: number): void => {
    ok = false;
    report(message, block.at + index + 1);
  };
  const fence = block.lines.findIndex((l) => FENCE.test(l));
  // What a code block holds is code, not Markdown: only the lines before it are checked further.
  const lines = fence >= 0 ? block.lines.slice(0, fence) : block.lines;
  const find = (test: (line: string, index: number) => boolean): number => lines.findIndex(test);

  if (fence >= 0) flag(`${preview(block.lines[fence] ?? '')} starts a Markdown code block, which is not article text; remove the block (down to its closing fence)`, fence);
  const heading = find((l) => ATX_HEADING.test(l));
  if (heading >= 0) flag(headingMessage(block.lines[heading] ?? '', first && heading === 0, title), heading);
  // Under a line of text, `---` or `===` makes that line a heading; anywhere else `---`, `***`, `___` draw a rule.
  const underline = find((l, i) => i > 0 && SETEXT_UNDERLINE.test(l));
  if (underline >= 0) flag(`${preview(block.lines[underline - 1] ?? '')} is underlined as a Markdown heading; articles are plain paragraphs — delete the heading and its underline`, underline - 1);
  const rule = find((l, i) => RULE.test(l) && !(i > 0 && SETEXT_UNDERLINE.test(l)));
  if (rule >= 0) flag(`${preview(block.lines[rule] ?? '')} is a Markdown horizontal rule; delete it (paragraphs are separated by blank lines)`, rule);
  const html = find((l) => HTML.test(l));
  if (html >= 0) flag(`${preview(block.lines[html] ?? '')} is HTML, which is not supported in articles; write the paragraph as plain text`, html);
  const table = find((l) => TABLE_ROW.test(l) || TABLE_DELIMITER.test(l));
  if (table >= 0) flag('a Markdown table is not article text (its cells cannot be quoted as sentences); write its content as sentences or remove it', table);
  const control = find((l) => CONTROL.test(l));
  if (control >= 0) {
    const line = block.lines[control] ?? '';
    const at = line.search(CONTROL);
    const code = line.codePointAt(at)?.toString(16).toUpperCase().padStart(4, '0');
    flag(`contains an invisible control character (U+${code} at column ${at + 1}); delete it`, control);
  }
  if (ok && !block.lines.some((l) => WORD.test(l))) {
    flag(`paragraph ${preview(block.lines.join(' '))} has no words, only punctuation or symbols; delete it`, 0);
  }
  return ok;
}

function headingMessage(line: string, atTop: boolean, title: string | undefined): string {
  const text = (ATX_HEADING.exec(line)?.[2] ?? '').trim();
  if (atTop && title !== undefined && text.toLowerCase() === title.trim().toLowerCase()) {
    return `${preview(line)} repeats the title as a Markdown heading; delete this line (the title comes from title: in the front matter)`;
  }
  if (atTop) return `${preview(line)} is a Markdown heading; the title belongs in the front matter (title: "…") — move it there and delete this line`;
  return `${preview(line)} is a Markdown heading; articles are plain paragraphs — delete the heading, or write it as a sentence`;
}
