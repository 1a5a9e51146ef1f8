/**
 * The Discord interaction handler both modes share: it runs a command through the core's
 * dispatch, renders the Reply and answers in time. It is also the transport's error boundary:
 * whatever fails (rendering, Discord refusing a payload, a bug) is logged with the command and
 * the interaction id only (never message content or tokens), and the user gets a private
 * "something went wrong" instead of silence. The promise it returns never rejects.
 *
 * Timing: the core is synchronous and answers in milliseconds, so the answer normally goes back
 * directly (one round trip, nothing to edit later). The command still runs against a deadline:
 * if it is not done `deferAfterMs` after the interaction arrived, the reply is deferred (Discord
 * shows "thinking…") and the answer edited in when ready, so a slow command (a huge knowledge
 * folder, a busy machine, a future async step) can never miss Discord's 3-second limit.
 */
import type { Choice, OptionValues } from '../../command.ts';
import { runAutocomplete, runCommand } from '../../dispatch.ts';
import type { Library } from '../../library.ts';
import { describeError, type Logger } from '../../log.ts';
import { EPHEMERAL, errorMessage, renderChoices, renderDiscord, type DiscordMessage } from '../../reply/discord.ts';
import { INTERACTION_DEADLINE_MS } from '../../reply/limits.ts';
import type { Reply } from '../../reply/types.ts';
import type { IncomingInteraction } from './interaction.ts';
import { ResponseType, type InteractionResponse, type Responder } from './responder.ts';

export const SOMETHING_WENT_WRONG = 'Something went wrong while answering; it has been logged. Please try again.';
/** Half of Discord's 3-second deadline: leaves room for a slow network on the deferral itself. */
export const DEFER_AFTER_MS = INTERACTION_DEADLINE_MS / 2;

export type CommandRunner = (library: Library, name: string, options: OptionValues, logger: Logger) => Reply | Promise<Reply>;
export type AutocompleteRunner = (library: Library, name: string, option: string, typed: string, options: OptionValues, logger: Logger) => Choice[];

export interface HandlerOptions {
  getLibrary: () => Library;
  logger: Logger;
  deferAfterMs?: number;
  /** The command core (default: dispatch's runCommand); replaceable in tests. */
  run?: CommandRunner;
  complete?: AutocompleteRunner;
  now?: () => number;
}

export interface InteractionContext {
  /** When the interaction arrived (ms, same clock as `now`), so queueing time counts too. */
  receivedAt: number;
  shard?: number;
}

export type InteractionHandler = (interaction: IncomingInteraction, responder: Responder, context: InteractionContext) => Promise<void>;

type Stage = 'none' | 'answered' | 'deferred';
type Settled<T> = { done: true; value: T } | { done: false };

/** Waits for `work` at most `ms`; a rejection inside the window is passed on. */
async function settleWithin<T>(work: Promise<T>, ms: number): Promise<Settled<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Settled<T>>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), ms);
  });
  try {
    return await Promise.race([work.then((value): Settled<T> => ({ done: true, value })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function createInteractionHandler(options: HandlerOptions): InteractionHandler {
  const { getLibrary, logger } = options;
  const deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
  const run: CommandRunner = options.run ?? runCommand;
  const complete: AutocompleteRunner = options.complete ?? runAutocomplete;
  const now = options.now ?? Date.now;

  return async function handle(interaction, responder, context) {
    // An object, not a variable: TypeScript does not see assignments made inside `respond`.
    const state: { stage: Stage } = { stage: 'none' };
    const respond = async (response: InteractionResponse) => {
      await responder.respond(response);
      state.stage = response.type === ResponseType.Deferred ? 'deferred' : 'answered';
    };
    const command = 'command' in interaction ? interaction.command : undefined;
    const fields = { kind: interaction.kind, command, interaction: interaction.id, shard: context.shard };

    /** Runs a command against the deadline and delivers its rendered reply. */
    async function answer(name: string, values: OptionValues, isPrivate: boolean): Promise<Reply> {
      const work = Promise.resolve().then(() => run(getLibrary(), name, values, logger));
      const early = await settleWithin(work, Math.max(0, deferAfterMs - (now() - context.receivedAt)));
      if (early.done) {
        await respond({ type: ResponseType.Message, data: renderDiscord(early.value) });
        return early.value;
      }
      await respond({ type: ResponseType.Deferred, data: isPrivate ? { flags: EPHEMERAL } : {} });
      const reply = await work;
      await deliverLate(renderDiscord(reply), isPrivate);
      return reply;
    }

    /** After a deferral: edit the answer in, unless it must be private and the deferral was not. */
    async function deliverLate(message: DiscordMessage, deferredPrivately: boolean): Promise<void> {
      const mustBePrivate = ((message.flags ?? 0) & EPHEMERAL) !== 0;
      if (mustBePrivate && !deferredPrivately) {
        await responder.deleteOriginal();
        await responder.followUp(message);
      } else {
        await responder.editOriginal(message);
      }
    }

    const started = now();
    try {
      let reply: Reply | undefined;
      switch (interaction.kind) {
        case 'command':
          reply = await answer(interaction.command, interaction.options, interaction.private);
          break;
        case 'button':
          if (interaction.command && interaction.options) reply = await answer(interaction.command, interaction.options, true);
          else await respond({ type: ResponseType.Message, data: errorMessage('This button no longer works; run the command again.') });
          break;
        case 'autocomplete': {
          const choices = complete(getLibrary(), interaction.command, interaction.option, interaction.typed, interaction.options, logger);
          await respond({ type: ResponseType.Autocomplete, data: { choices: renderChoices(choices) } });
          break;
        }
        case 'ping':
          await respond({ type: ResponseType.Pong });
          break;
        case 'unsupported':
          await respond({ type: ResponseType.Message, data: errorMessage('This kind of interaction is not supported by this bot.') });
          break;
      }
      logger.info('interaction', { ...fields, status: reply?.status, deferred: state.stage === 'deferred', ms: now() - started });
    } catch (error) {
      logger.error('interaction_failed', { ...fields, stage: state.stage, error: describeError(error) });
      await apologise(interaction, state.stage, respond, responder, logger, fields);
    }
  };
}

/** Tells the user something went wrong, privately, in whatever way the interaction still allows. */
async function apologise(
  interaction: IncomingInteraction,
  stage: Stage,
  respond: (r: InteractionResponse) => Promise<void>,
  responder: Responder,
  logger: Logger,
  fields: Record<string, string | number | undefined>,
): Promise<void> {
  try {
    if (interaction.kind === 'autocomplete') {
      if (stage === 'none') await respond({ type: ResponseType.Autocomplete, data: { choices: [] } });
    } else if (stage === 'none') {
      await respond({ type: ResponseType.Message, data: errorMessage(SOMETHING_WENT_WRONG) });
    } else {
      // A public "thinking…" left behind would look like the bot hung: remove it first.
      if (stage === 'deferred') await responder.deleteOriginal().catch(() => undefined);
      await responder.followUp(errorMessage(SOMETHING_WENT_WRONG));
    }
  } catch (error) {
    logger.error('interaction_apology_failed', { ...fields, error: describeError(error) });
  }
}
