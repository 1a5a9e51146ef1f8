/**
 * `npm run build`: bundles src/main.ts with esbuild into dist/, so the console starts with plain
 * Node instead of compiling TypeScript on every start (tsx costs ~0.6 s of a ~2 s start).
 *
 * Plain JavaScript on purpose: it runs before anything can compile TypeScript. Nobody has to run
 * it by hand: scripts/run.mjs calls `ensureBuilt()` on every start, which rebuilds only when a
 * file the last bundle was made from changed (about 100 `stat` calls, a few ms), so dist/ is never
 * stale. Each build goes to its own folder, published by rewriting dist/current.json atomically,
 * so two starts building at once, or a start that reads while another builds, see a whole bundle.
 * Dependencies stay in node_modules (`packages: 'external'`) and dynamic imports stay separate
 * chunks, so the console never loads discord.js, and a fully cached start never loads the
 * quote and timeline extractors.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const CURRENT = path.join(DIST, 'current.json');
const ENTRY = 'src/main.ts';
/** esbuild needs an output folder to name chunks; nothing is written there (`write: false`). */
const NOMINAL_OUT = path.join(DIST, 'out');
/** Besides the sources esbuild reports, what else shapes the bundle. */
const EXTRA_INPUTS = ['scripts/build.mjs', 'tsconfig.json', 'package.json'];
/** Builds replaced less than this long ago are kept: a process that just started may still load their chunks. */
const KEEP_OLD_BUILDS_MS = 10 * 60 * 1000;

/** `{ file: [mtimeMs, size] }`: what a build was made from; a build is current while these match. */
async function fingerprint(files) {
  const entries = await Promise.all(
    files.map(async (file) => {
      const s = await stat(path.join(ROOT, file));
      return [file, [s.mtimeMs, s.size]];
    }),
  );
  return Object.fromEntries(entries);
}

/**
 * How TypeScript becomes the JavaScript the bot runs. The benchmark bundles its measuring script
 * with these too, so it times the code the bot runs (tsx, for one, wraps every closure to keep its
 * name, which costs the query path several per cent).
 */
export const BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
};

/**
 * Node's own flags for every process that answers questions (package.json's start and console
 * scripts, the shards, the benchmark). One V8 background thread instead of four: on a 2-core
 * machine the four (optimising compiler, concurrent GC) took the CPU from the answering thread
 * for a scheduler slice at a time, and those 4–6 ms pauses were the whole p99 tail.
 */
export const NODE_FLAGS = ['--v8-pool-size=1'];

/** The current build's main file, or undefined when there is none or a source changed since. */
export async function currentBuild() {
  try {
    const current = JSON.parse(await readFile(CURRENT, 'utf8'));
    const now = await fingerprint(Object.keys(current.inputs));
    const fresh = Object.entries(current.inputs).every(([file, [mtime, size]]) => now[file]?.[0] === mtime && now[file]?.[1] === size);
    const main = path.join(DIST, current.dir, 'main.js');
    return fresh && (await stat(main)).isFile() ? main : undefined;
  } catch {
    return undefined; // no build yet, a source file deleted, or an unreadable current.json: build again
  }
}

/** Bundles the bot and makes it current; returns its main file. Throws esbuild's errors. */
export async function build() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    ...BUNDLE_OPTIONS,
    splitting: true,
    outdir: NOMINAL_OUT,
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const hash = createHash('sha256');
  for (const file of result.outputFiles) hash.update(path.relative(NOMINAL_OUT, file.path)).update(file.contents);
  const dir = `build-${hash.digest('hex').slice(0, 16)}`;
  const inputs = await fingerprint([...Object.keys(result.metafile.inputs), ...EXTRA_INPUTS]);

  // Written to a private folder, then renamed into place: never half a bundle under its final name.
  const scratch = path.join(DIST, `.tmp-${process.pid}-${Date.now()}`);
  for (const file of result.outputFiles) {
    const target = path.join(scratch, path.relative(NOMINAL_OUT, file.path));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.contents);
  }
  await rename(scratch, path.join(DIST, dir)).catch(async (error) => {
    // Another start built the same bundle first: theirs is identical, use it.
    await rm(scratch, { recursive: true, force: true });
    if (!(await stat(path.join(DIST, dir, 'main.js')).catch(() => undefined))) throw error;
  });
  const currentTemporary = `${CURRENT}.${process.pid}.tmp`;
  await writeFile(currentTemporary, JSON.stringify({ dir, inputs }, null, 1));
  await rename(currentTemporary, CURRENT);
  await removeOldBuilds(dir);
  return path.join(DIST, dir, 'main.js');
}

async function removeOldBuilds(keep) {
  const now = Date.now();
  for (const name of await readdir(DIST).catch(() => [])) {
    if (name === keep || !(name.startsWith('build-') || name.startsWith('.tmp-'))) continue;
    const where = path.join(DIST, name);
    const changed = await stat(where).then((s) => s.mtimeMs, () => now);
    if (now - changed > KEEP_OLD_BUILDS_MS) await rm(where, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** The main file of a current build, building first when needed. */
export async function ensureBuilt() {
  return (await currentBuild()) ?? build();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const started = performance.now();
    const fresh = await currentBuild();
    const main = fresh ?? (await build());
    const what = fresh ? 'up to date' : `built in ${Math.round(performance.now() - started)} ms`;
    console.log(`${path.relative(ROOT, main)}: ${what}`);
  } catch (error) {
    console.error(`The build failed:\n${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
