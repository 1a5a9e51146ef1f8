/**
 * Joint statements: `Lakeside Health and Mercy Valley Medical said in a joint statement that "…"`.
 * The text reads the two bodies as one name; /quote looks up one speaker at a time, so the
 * quotation is emitted once per body (same text, paragraph and offset), keeping the one-speaker
 * `Quote` contract. Only when the sentence itself says the statement is joint, since `Procter and
 * Gamble` or `the Department of Health and Human Services` are one body.
 */
import type { ParagraphContext } from './context.ts';
import { positionOf } from './context.ts';
import type { Entity, EntityRegistry } from './entities.ts';
import type { Unit } from './units.ts';

const JOINT_CUE = /\b(joint(ly)?|together)\b/i;

/** The bodies or people behind a speaker whose name joins two names with `and` in a joint statement. */
export function jointSpeakers(ctx: ParagraphContext, registry: EntityRegistry, unit: Unit, speaker: Entity): Entity[] {
  const parts = speaker.name.split(/\s+(?:and|&)\s+/);
  if (parts.length !== 2 || !JOINT_CUE.test(ctx.text.slice(unit.start, unit.end))) return [speaker];
  // Each side must read as a name of its own: `Health and Human Services` does not split.
  if (parts.some((p) => !/^[A-Z]/.test(p) || p.split(/\s+/).length < 2)) return [speaker];
  const at = positionOf(ctx, unit.start);
  return parts.map((part) => registry.addName(part, at, { written: part }));
}
