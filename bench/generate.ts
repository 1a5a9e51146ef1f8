/**
 * Writes a folder of synthetic articles, for trying the console at scale:
 *
 *   npx tsx bench/generate.ts OUTDIR 1000 [seed]
 *
 * A file of its own so that nothing importing the generator runs this (the benchmark bundles its
 * measuring script, and in a bundle every module shares one `import.meta.url`).
 */
import { generateFolder } from './synthetic-articles.ts';

const [dir, countText = '100', seedText = '1'] = process.argv.slice(2);
const count = Number(countText);
if (!dir || !Number.isInteger(count) || count < 1 || count > 100_000) {
  console.error('usage: npx tsx bench/generate.ts OUTDIR COUNT [SEED]   (COUNT between 1 and 100000)');
  process.exit(1);
}
generateFolder(dir, count, Number(seedText) || 1);
console.log(`wrote ${count} articles to ${dir}`);
