/**
 * `npm run bench`: generates knowledge folders of 1, 100 and 1,000 synthetic articles in
 * bench/.generated/ and measures `/ask` on each in a fresh process, next to plain fuse.js over the
 * same paragraphs. Timings are reported, never asserted.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUNDLE_OPTIONS, NODE_FLAGS } from '../scripts/build.mjs';
import { generateFolder } from './synthetic-articles.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const SIZES: { articles: number; fuseQueries: number }[] = [
  { articles: 1, fuseQueries: 100 },
  { articles: 100, fuseQueries: 30 },
  { articles: 1000, fuseQueries: 15 },
];

interface Measurement {
  articles: number;
  paragraphs: number;
  loadMs: number;
  buildMs: number;
  firstAnswerMs: number;
  startupToFirstAnswerMs: number;
  p50: number;
  p99: number;
  warmP50: number;
  warmP99: number;
  max: number;
  answeredShare: number;
  rssMb: number;
  heapMb: number;
  fuseBuildMs: number;
  fuseP50: number;
  fuseQueries: number;
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0)).padStart(7);

// measure.ts runs as the bot does: bundled to JavaScript with the bot's own build options, under
// plain Node (not tsx) with the bot's Node flags, so start-up and latency are those of `npm start`.
// Split as the bot's bundle is, so the quote and timeline extractors load only if an article needs them.
const bundleDir = path.join(here, '.generated', 'measure');
await build({ ...BUNDLE_OPTIONS, splitting: true, entryPoints: [path.join(here, 'measure.ts')], outdir: bundleDir, logLevel: 'warning' });
const measureScript = path.join(bundleDir, 'measure.js');

const rows: Measurement[] = [];
for (const size of SIZES) {
  const dir = path.join(here, '.generated', String(size.articles));
  generateFolder(dir, size.articles);
  const output = execFileSync(process.execPath, [...NODE_FLAGS, '--expose-gc', measureScript, dir, String(size.fuseQueries)], {
    encoding: 'utf8',
    maxBuffer: 16 * 2 ** 20,
  });
  const line = output.trim().split('\n').pop() ?? '{}';
  rows.push(JSON.parse(line) as Measurement);
  console.error(`measured ${size.articles} article(s)`);
}

console.log('\n/ask over generated articles (about 8 paragraphs each); latency over 400 mixed questions after 20 warm-up; all articles searched');
console.log('articles  paragraphs  load ms  build ms  1st ask ms  start→1st answer ms   p50 ms   p99 ms   max ms  warm p50  warm p99   RSS MB  heap MB  fuse p50 ms  fuse/ask (p50)');
for (const r of rows) {
  console.log(
    `${String(r.articles).padStart(8)}  ${String(r.paragraphs).padStart(10)}  ${ms(r.loadMs)}  ${ms(r.buildMs)}    ${ms(r.firstAnswerMs)}             ${ms(r.startupToFirstAnswerMs)}  ${ms(r.p50)}  ${ms(r.p99)}  ${ms(r.max)}   ${ms(r.warmP50)}   ${ms(r.warmP99)}  ${ms(r.rssMb)}  ${ms(r.heapMb)}      ${ms(r.fuseP50)}  ${(r.fuseP50 / Math.max(r.p50, 1e-6)).toFixed(0).padStart(8)}×`,
  );
}
console.log('\nstart→1st answer counts from process start (Node start-up included) through loading, indexing and the first question.');
console.log('p50/p99: the first 400 questions of a fresh process (after 20 warm-up); warm p50/p99: 400 further, different questions.');
console.log(`fuse.js: plain \`new Fuse(paragraphs, { keys: ['text'] })\`, defaults; its p50 over ${SIZES.map((s) => s.fuseQueries).join('/')} of the same questions.`);
