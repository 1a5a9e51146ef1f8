/**
 * How an answer reaches Discord. The first response to an interaction goes back once, either as
 * a REST callback (gateway mode) or as the HTTP response itself (HTTP mode); anything after it
 * (editing a deferred reply, a private follow-up) uses the interaction's webhook, which needs no
 * bot token. Both modes share this interface, so the handler does not know which it serves.
 */
import { Routes, type REST } from 'discord.js';
import type { Choice } from '../../command.ts';
import type { DiscordMessage } from '../../reply/discord.ts';

export const ResponseType = { Pong: 1, Message: 4, Deferred: 5, Autocomplete: 8 } as const;

export type InteractionResponse =
  | { type: typeof ResponseType.Pong }
  | { type: typeof ResponseType.Message; data: DiscordMessage }
  | { type: typeof ResponseType.Deferred; data: { flags?: number } }
  | { type: typeof ResponseType.Autocomplete; data: { choices: Choice[] } };

export interface Responder {
  /** The one initial response; Discord refuses a second. */
  respond(response: InteractionResponse): Promise<void>;
  /** Replaces the deferred "thinking…" message with the answer. */
  editOriginal(message: DiscordMessage): Promise<void>;
  deleteOriginal(): Promise<void>;
  followUp(message: DiscordMessage): Promise<void>;
}

export type WebhookActions = Omit<Responder, 'respond'>;

/** An edit cannot change a message's flags (ephemeral is fixed when the reply is first sent). */
function withoutFlags(message: DiscordMessage): DiscordMessage {
  const { flags: _flags, ...rest } = message;
  return rest;
}

export function webhookActions(rest: REST, applicationId: string, token: string): WebhookActions {
  return {
    async editOriginal(message) {
      await rest.patch(Routes.webhookMessage(applicationId, token, '@original'), { body: withoutFlags(message), auth: false });
    },
    async deleteOriginal() {
      await rest.delete(Routes.webhookMessage(applicationId, token, '@original'), { auth: false });
    },
    async followUp(message) {
      await rest.post(Routes.webhook(applicationId, token), { body: message, auth: false });
    },
  };
}

/** Gateway mode: the initial response is a REST callback to the interaction. */
export function restResponder(rest: REST, interaction: { id: string; applicationId: string; token: string }): Responder {
  return {
    async respond(response) {
      await rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body: response, auth: false });
    },
    ...webhookActions(rest, interaction.applicationId, interaction.token),
  };
}
