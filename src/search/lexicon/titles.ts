/**
 * Words of rank and office that news capitalises before a name: "President Xi", "Prime Minister
 * Sanae Takaichi", "Judge Maria Lopez". Capitalised, they look like proper nouns; in an article
 * that never writes them in lowercase they would become parts of every name they precede, and
 * "who is the president of Taiwan" would then match "President Xi" as if the word were his name.
 */
const TITLES = new Set(
  `president vice prime minister premier chancellor secretary senator sen representative rep congressman congresswoman
  governor gov mayor judge justice chief director chairman chairwoman chair ceo commissioner superintendent ambassador
  spokesperson spokesman spokeswoman general admiral colonel captain lieutenant sergeant officer detective inspector
  king queen prince princess emperor pope bishop cardinal rabbi reverend sheikh sultan
  coach professor prof doctor dr mr mrs ms mx sir dame lord lady deputy acting former foreign defense defence`.split(/\s+/),
);

/** Whether `word` (normalised) is a title of rank or office rather than part of a name. */
export function isTitle(word: string): boolean {
  return TITLES.has(word);
}
