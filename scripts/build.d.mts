/** Types for scripts/build.mjs (plain JavaScript, so that it runs before anything compiles TypeScript). */
import type { BuildOptions } from 'esbuild';

export const ROOT: string;
export const BUNDLE_OPTIONS: BuildOptions;
export const NODE_FLAGS: string[];
export function currentBuild(): Promise<string | undefined>;
export function build(): Promise<string>;
export function ensureBuilt(): Promise<string>;
