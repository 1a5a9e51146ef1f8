/**
 * Splits the narrative of a paragraph into tokens. Each quotation becomes one `quote` token,
 * so rules about who said what never read the words inside the marks.
 */
import type { QuoteSpan } from './quote-marks.ts';

export interface Token {
  kind: 'word' | 'punct' | 'quote';
  /** As written, possessive included: `Hadley's`. */
  text: string;
  /** Lowercase, possessive removed: `hadley`. */
  lower: string;
  /** As written, possessive removed: `Hadley`. */
  bare: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  capital: boolean;
  /** `Hadley's`, `Farmers'`. */
  possessive: boolean;
  /** Index into the paragraph's quote spans, for `quote` tokens. */
  quote?: number;
}

/** Abbreviations whose period is part of the word, not the end of a sentence. */
const ABBREVIATIONS = new Set(
  `mr mrs ms mx dr prof gen col maj capt sgt adm lt gov sen rep rev hon st jr sr inc corp co ltd
   no vs jan feb mar apr jun jul aug sep sept oct nov dec det supt mt ft`.split(/\s+/),
);

const WORD = /(?:\p{Lu}\.){2,}|\p{N}+(?:-\p{L}[\p{L}\p{N}]*)+|\$?\p{N}[\p{N},.]*\p{N}%?|\$?\p{N}%?|\p{L}[\p{L}\p{N}'’&-]*|[^\s\p{L}\p{N}]/gu;

function makeToken(kind: Token['kind'], text: string, start: number): Token {
  const possessive = kind === 'word' && /(?:['’]s|s['’])$/.test(text);
  const bare = possessive ? text.replace(/['’]s$/, '').replace(/(s)['’]$/, '$1') : text.replace(/['’]$/, '');
  return {
    kind,
    text,
    lower: bare.toLowerCase(),
    bare,
    start,
    end: start + text.length,
    capital: kind === 'word' && /^\p{Lu}/u.test(text),
    possessive,
  };
}

function tokenizeNarrative(text: string, from: number, to: number, out: Token[]): void {
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    const start = from + (m.index ?? 0);
    let word = m[0];
    const isWord = /^[\p{L}\p{N}$]/u.test(word);
    // `Lt.` `Gov.` `Oct.`: keep the period with the word so it does not look like a sentence end.
    const abbreviation = ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word); // `John F. Kennedy`
    if (isWord && text[start + word.length] === '.' && abbreviation && start + word.length < to) {
      word += '.';
    }
    const previous = out[out.length - 1];
    if (previous && previous.end > start) continue; // the period was absorbed by the abbreviation
    out.push(makeToken(isWord ? 'word' : 'punct', word, start));
  }
}

export function tokenize(text: string, spans: QuoteSpan[]): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  spans.forEach((span, index) => {
    tokenizeNarrative(text, cursor, span.open, tokens);
    const token = makeToken('quote', text.slice(span.open, span.after), span.open);
    token.quote = index;
    token.capital = false;
    tokens.push(token);
    cursor = span.after;
  });
  tokenizeNarrative(text, cursor, text.length, tokens);
  return tokens;
}
