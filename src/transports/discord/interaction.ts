/**
 * Reads a raw Discord interaction (the JSON both the gateway and the HTTP endpoint deliver) into
 * the one thing the bot acts on: a command call, an autocomplete request, or a button press.
 * Only the fields the bot uses are checked, so payloads with fields it does not know (or without
 * optional ones such as `entitlements`) are still served.
 */
import { z } from 'zod';
import type { OptionValue, OptionValues } from '../../command.ts';
import { PARAGRAPH_BUTTON_PREFIX } from '../../reply/discord.ts';

export const InteractionKind = { Ping: 1, Command: 2, Component: 3, Autocomplete: 4, ModalSubmit: 5 } as const;

const OptionSchema = z.object({
  name: z.string(),
  type: z.number(),
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
});

const InteractionSchema = z.object({
  id: z.string().min(1),
  application_id: z.string().min(1),
  token: z.string().min(1),
  type: z.number().int(),
  data: z
    .object({
      name: z.string().optional(),
      options: z.array(OptionSchema).optional(),
      custom_id: z.string().optional(),
    })
    .optional(),
  guild_id: z.string().optional(),
});

interface Base {
  /** Interaction id: safe to log (it identifies the event, not the person or the message). */
  id: string;
  applicationId: string;
  /** The interaction's webhook token: a secret for 15 minutes, never logged. */
  token: string;
  guildId?: string;
}

export type IncomingInteraction =
  | (Base & { kind: 'ping' })
  | (Base & { kind: 'command'; command: string; options: OptionValues; private: boolean })
  | (Base & { kind: 'autocomplete'; command: string; option: string; typed: string; options: OptionValues })
  | (Base & { kind: 'button'; customId: string; command?: string; options?: OptionValues })
  | (Base & { kind: 'unsupported'; type: number });

export type ParseResult = { ok: true; interaction: IncomingInteraction } | { ok: false; problem: string };

function optionValue(value: string | number | boolean | undefined): OptionValue | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'number' ? String(value) : value;
}

/** What a button id asks for: `para:<slug>:<n>` → the paragraph command, shown privately. */
export function parseButtonId(customId: string): { command: string; options: OptionValues } | undefined {
  if (!customId.startsWith(PARAGRAPH_BUTTON_PREFIX)) return undefined;
  const rest = customId.slice(PARAGRAPH_BUTTON_PREFIX.length);
  const cut = rest.lastIndexOf(':');
  const article = rest.slice(0, cut);
  const number = rest.slice(cut + 1);
  if (cut <= 0 || !/^\d{1,6}$/.test(number)) return undefined;
  return { command: 'paragraph', options: { number, article, private: true } };
}

export function parseInteraction(raw: unknown): ParseResult {
  const parsed = InteractionSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `${issue?.path.join('.') || 'interaction'}: ${issue?.message ?? 'unreadable'}` };
  }
  const i = parsed.data;
  const base: Base = { id: i.id, applicationId: i.application_id, token: i.token };
  if (i.guild_id) base.guildId = i.guild_id;
  const options: Record<string, OptionValue | undefined> = {};
  for (const o of i.data?.options ?? []) options[o.name] = optionValue(o.value);

  switch (i.type) {
    case InteractionKind.Ping:
      return { ok: true, interaction: { ...base, kind: 'ping' } };
    case InteractionKind.Command: {
      if (!i.data?.name) return { ok: false, problem: 'data.name: a command interaction needs the command name' };
      return { ok: true, interaction: { ...base, kind: 'command', command: i.data.name, options, private: options.private === true } };
    }
    case InteractionKind.Autocomplete: {
      const focused = i.data?.options?.find((o) => o.focused);
      if (!i.data?.name || !focused) return { ok: false, problem: 'data.options: an autocomplete interaction needs a focused option' };
      delete options[focused.name];
      return { ok: true, interaction: { ...base, kind: 'autocomplete', command: i.data.name, option: focused.name, typed: String(focused.value ?? ''), options } };
    }
    case InteractionKind.Component: {
      const customId = i.data?.custom_id;
      if (!customId) return { ok: false, problem: 'data.custom_id: a component interaction needs its custom_id' };
      return { ok: true, interaction: { ...base, kind: 'button', customId, ...parseButtonId(customId) } };
    }
    default:
      return { ok: true, interaction: { ...base, kind: 'unsupported', type: i.type } };
  }
}
