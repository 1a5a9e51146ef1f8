/**
 * A fingerprint of the quote and timeline extractors, so cached extractions are used only with the
 * exact code that made them: any edit under src/knowledge/quotes or src/knowledge/timeline (the
 * former holds the word list generated from compromise), another chrono-node release, or another
 * Node major gives a new version and a cold cache.
 * Contents are hashed (not mtimes), so a checkout that restores the same files keeps its cache.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bumped by hand when the cache's file format or the key's recipe changes. */
export const CACHE_FORMAT = 1;
const EXTRACTOR_FOLDERS = ['src/knowledge/quotes', 'src/knowledge/timeline'];
/** Libraries whose output the extractors pass on: a new release may read text differently. */
const EXTRACTOR_PACKAGES = ['chrono-node'];

/**
 * The project folder (the one holding src/knowledge/quotes), found upwards from this module so it
 * is the same whether this runs from src/ under tsx or from a bundle in dist/.
 */
export function findProjectRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string | undefined {
  let dir = from;
  for (let depth = 0; depth < 6; depth++) {
    if (existsSync(path.join(dir, EXTRACTOR_FOLDERS[0] ?? ''))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/** Hex digest, or undefined when the sources cannot be read (then nothing is cached). */
export async function extractorVersion(root: string): Promise<string | undefined> {
  try {
    const hash = createHash('sha256').update(`format ${CACHE_FORMAT}\nnode ${process.versions.node.split('.')[0]}\n`);
    for (const name of EXTRACTOR_PACKAGES) hash.update(`${name} ${await packageVersion(root, name)}\n`);
    for (const folder of EXTRACTOR_FOLDERS) {
      const files = await listFiles(path.join(root, folder));
      if (files.length === 0) return undefined;
      for (const file of files) hash.update(`${path.relative(root, file)}\n`).update(await readFile(file)).update('\n');
    }
    return hash.digest('hex').slice(0, 24);
  } catch {
    return undefined;
  }
}

async function packageVersion(root: string, name: string): Promise<string> {
  try {
    const manifest = JSON.parse(await readFile(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version?: unknown };
    return String(manifest.version);
  } catch {
    return 'missing';
  }
}

/** Every file below `dir`, sorted, so the digest does not depend on the order readdir returns. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    // `parentPath` is Node ≥ 20.12; `path` is its older name.
    .map((e) => path.join(e.parentPath ?? (e as { path?: string }).path ?? dir, e.name))
    .sort();
}
