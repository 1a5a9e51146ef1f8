/**
 * Measures one knowledge folder in a fresh process (so memory figures are its own):
 * start-up to first answer, index build time, /ask latency, memory, and plain fuse.js on the same
 * paragraphs. Prints one JSON line. Run by bench/run.ts, which bundles it as the bot is bundled:
 *
 *   node --v8-pool-size=1 --expose-gc bench/.generated/measure/measure.js DIR FUSE_QUERIES
 *
 * (the Node flags of `npm start`: NODE_FLAGS in scripts/build.mjs)
 *
 * (`node --expose-gc --import tsx bench/measure.ts DIR N` runs it from source, a little slower.)
 */
import Fuse from 'fuse.js';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { buildQuestionIndex } from '../src/search/index.ts';
import { benchQuestions } from './queries.ts';

const ASK_QUERIES = 400;
const WARM_UP = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const [dir = '', fuseQueriesText = '10'] = process.argv.slice(2);
  const loadStart = performance.now();
  const { kb } = await loadKnowledge(dir);
  const loadMs = performance.now() - loadStart;
  const buildStart = performance.now();
  const index = buildQuestionIndex(kb);
  const buildMs = performance.now() - buildStart;
  const questions = benchQuestions(kb, ASK_QUERIES + WARM_UP);
  const firstStart = performance.now();
  index.ask(questions[0] ?? 'what happened');
  const firstAnswerMs = performance.now() - firstStart;
  // From process start (Node start-up included) to the first answer.
  const startupToFirstAnswerMs = performance.now();

  for (const q of questions.slice(0, WARM_UP)) index.ask(q);
  const times: number[] = [];
  let answered = 0;
  for (const q of questions.slice(WARM_UP)) {
    const t = performance.now();
    const result = index.ask(q);
    times.push(performance.now() - t);
    if (result.status === 'answered') answered++;
  }
  times.sort((a, b) => a - b);
  // A second pass with other questions (another seed): latency once the process has run a while
  // — JIT-compiled code and the words it has looked up before — which is what a running bot sees.
  const warmTimes: number[] = [];
  for (const q of benchQuestions(kb, ASK_QUERIES, 11)) {
    const t = performance.now();
    index.ask(q);
    warmTimes.push(performance.now() - t);
  }
  warmTimes.sort((a, b) => a - b);
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();

  const docs = kb.articles.flatMap((a) => a.paragraphs.map((p) => ({ text: p.text })));
  const fuseBuildStart = performance.now();
  const fuse = new Fuse(docs, { keys: ['text'] });
  const fuseBuildMs = performance.now() - fuseBuildStart;
  const fuseTimes: number[] = [];
  for (const q of questions.slice(WARM_UP, WARM_UP + Number(fuseQueriesText))) {
    const t = performance.now();
    fuse.search(q);
    fuseTimes.push(performance.now() - t);
  }
  fuseTimes.sort((a, b) => a - b);

  console.log(
    JSON.stringify({
      articles: kb.articles.length,
      paragraphs: docs.length,
      loadMs,
      buildMs,
      firstAnswerMs,
      startupToFirstAnswerMs,
      p50: percentile(times, 50),
      p99: percentile(times, 99),
      warmP50: percentile(warmTimes, 50),
      warmP99: percentile(warmTimes, 99),
      max: times[times.length - 1] ?? 0,
      answeredShare: answered / Math.max(1, times.length),
      rssMb: memory.rss / 2 ** 20,
      heapMb: memory.heapUsed / 2 ** 20,
      fuseBuildMs,
      fuseP50: percentile(fuseTimes, 50),
      fuseQueries: fuseTimes.length,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
