/**
 * The knowledge folder, read at start-up and (for long-running modes) followed while the bot runs.
 * Start-up stops on any file error, so a broken article is noticed at once; after that an edit that
 * breaks a file is logged and the last good version keeps serving, so nothing users rely on is lost.
 */
import { ConfigError } from './config.ts';
import { blockingProblems, formatProblem } from './knowledge/problems.ts';
import { KnowledgeStore } from './knowledge/store.ts';
import { watchKnowledge } from './knowledge/watch.ts';
import { buildLibrary, type Library } from './library.ts';
import type { Logger } from './log.ts';

export interface LiveLibrary {
  /** The current snapshot; replaced whole after each change. */
  get(): Library;
  close(): void;
}

export async function openLibrary(dir: string, logger: Logger, options: { watch: boolean }): Promise<LiveLibrary> {
  const store = new KnowledgeStore(dir);
  const { kb, problems } = await store.loadAll();
  const blocking = blockingProblems(problems);
  if (blocking.length > 0) throw new ConfigError(blocking.map(formatProblem));
  for (const warning of problems) logger.warn('knowledge_problem', { problem: formatProblem(warning) });

  let library = buildLibrary(kb);
  logger.info('knowledge_loaded', { dir, articles: kb.articles.length });
  if (!options.watch) return { get: () => library, close: () => {} };

  const watcher = watchKnowledge(dir, store, {
    onChange(next, changedFiles) {
      library = buildLibrary(next);
      logger.info('knowledge_reloaded', { articles: next.articles.length, changed: changedFiles.join(', ') });
    },
    onProblems(found) {
      for (const p of found) logger.warn('knowledge_problem', { problem: formatProblem(p) });
    },
  });
  return { get: () => library, close: () => watcher.close() };
}
