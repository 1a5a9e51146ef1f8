import type { Config } from './config.ts';
import type { Library } from './library.ts';
import type { Logger } from './log.ts';

/** What every transport gets from start-up. */
export interface Runtime {
  config: Config;
  logger: Logger;
  /** The current snapshot: replaced whole when the knowledge folder changes, so read it per request. */
  getLibrary: () => Library;
}
