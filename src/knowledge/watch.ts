/**
 * Follows edits to the knowledge folder. Events are debounced because editors save in bursts
 * (write a temp file, rename it over the original, touch a backup); each burst becomes one reload
 * of the files it named. A reload that breaks a file reports problems while the store keeps serving
 * that file's last good version.
 */
import { watch, type FSWatcher } from 'node:fs';
import { displayDir, type FileUpdate, type KnowledgeStore } from './store.ts';
import { problem } from './problems.ts';
import type { Article, KnowledgeBase, KnowledgeProblem } from './types.ts';

export interface WatchHandlers {
  /** The served knowledge changed; `changedFiles` are the paths that were added, replaced or removed. */
  onChange(kb: KnowledgeBase, changedFiles: string[]): void;
  /** Problems found in the files that just changed (the store's full list is `store.problems`). */
  onProblems(problems: KnowledgeProblem[]): void;
}

export interface WatchOptions {
  /** Quiet time after the last event before reloading. */
  debounceMs?: number;
}

export interface KnowledgeWatcher {
  close(): void;
}

export const DEFAULT_DEBOUNCE_MS = 150;

/** Watches `dir` (the folder `store` reads; load it first). Never throws: failures reach `onProblems`. */
export function watchKnowledge(dir: string, store: KnowledgeStore, handlers: WatchHandlers, options: WatchOptions = {}): KnowledgeWatcher {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const pending = new Set<string>();
  let rescan = false;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let applying: Promise<void> = Promise.resolve();

  const call = (run: () => void): void => {
    try {
      run();
    } catch (error) {
      // A failing handler must not stop the watcher; it is reported rather than thrown into fs.watch.
      process.emitWarning(`knowledge watcher: a handler threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  };

  const apply = async (names: string[], full: boolean): Promise<void> => {
    const before = store.knowledgeBase;
    const updates: FileUpdate[] = full ? [] : await Promise.all(names.map((name) => store.reloadFile(name)));
    const problems = full ? (await store.loadAll()).problems : updates.flatMap((u) => u.problems);
    const changed = full ? changedFiles(before, store.knowledgeBase) : updates.filter((u) => u.changed).map((u) => u.file);
    if (closed) return;
    if (problems.length > 0) call(() => handlers.onProblems(problems));
    if (changed.length > 0) call(() => handlers.onChange(store.knowledgeBase, changed));
  };

  const flush = (): void => {
    timer = undefined;
    const names = [...pending];
    const full = rescan;
    pending.clear();
    rescan = false;
    applying = applying.then(() => apply(names, full)).catch((error: unknown) => {
      call(() => handlers.onProblems([problem(dir, `reloading the knowledge folder failed: ${String(error)}`)]));
    });
  };

  let watcher: FSWatcher;
  try {
    watcher = watch(dir, (_event, filename) => {
      if (closed) return;
      // Some platforms do not say which file changed: then read the whole folder again.
      if (filename) pending.add(filename.toString());
      else rescan = true;
      clearTimeout(timer);
      timer = setTimeout(flush, debounceMs);
    });
  } catch (error) {
    call(() => handlers.onProblems([problem(dir, `cannot watch knowledge folder ${displayDir(dir)} (${describe(error)}); changes need a restart to be picked up`)]));
    return { close: () => undefined };
  }
  watcher.on('error', (error) => {
    if (closed) return;
    call(() => handlers.onProblems([problem(dir, `stopped watching knowledge folder ${displayDir(dir)} (${describe(error)}); changes need a restart to be picked up`)]));
  });

  return {
    close(): void {
      closed = true;
      clearTimeout(timer);
      watcher.close();
    },
  };
}

function describe(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
}

/** Files whose served article appeared, disappeared or was replaced between two knowledge bases. */
function changedFiles(before: KnowledgeBase, after: KnowledgeBase): string[] {
  const byFile = (kb: KnowledgeBase): Map<string, Article> => new Map(kb.articles.map((a) => [a.file, a]));
  const [old, now] = [byFile(before), byFile(after)];
  const files = new Set([...old.keys(), ...now.keys()]);
  return [...files].filter((file) => old.get(file) !== now.get(file)).sort();
}
