/**
 * Discord's payload rules, written independently of the bot's own limit code (a shared bug would
 * otherwise hide itself). Each check returns form errors shaped like Discord's 400 bodies, so the
 * bot meets the same failures it would meet in production.
 */

export interface FormError {
  path: (string | number)[];
  code: string;
  message: string;
}

/** Discord's "Invalid Form Body" response: errors nested by path, `_errors` at the leaves. */
export function invalidFormBody(errors: FormError[]): { code: number; message: string; errors: Record<string, unknown> } {
  const nested: Record<string, unknown> = {};
  for (const e of errors) {
    let node = nested;
    for (const key of e.path) node = (node[String(key)] ??= {}) as Record<string, unknown>;
    ((node._errors ??= []) as unknown[]).push({ code: e.code, message: e.message });
  }
  return { code: 50035, message: 'Invalid Form Body', errors: nested };
}

const len = (s: string) => [...s].length;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(errors: FormError[], path: (string | number)[], value: unknown, max: number, required = false): number {
  if (value === undefined || value === null) {
    if (required) errors.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    return 0;
  }
  if (typeof value !== 'string') {
    errors.push({ path, code: 'STRING_TYPE_CONVERT', message: 'Could not interpret value as string.' });
    return 0;
  }
  if (required && value.length === 0) errors.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
  if (len(value) > max) errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  return len(value);
}

function checkEmbeds(errors: FormError[], embeds: unknown): void {
  if (embeds === undefined) return;
  if (!Array.isArray(embeds)) return void errors.push({ path: ['embeds'], code: 'LIST_TYPE_CONVERT', message: 'Only iterables may be used in a ListType' });
  if (embeds.length > 10) errors.push({ path: ['embeds'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 10 or fewer in length.' });
  let total = 0;
  embeds.forEach((embed: unknown, i) => {
    const at = (...p: (string | number)[]) => ['embeds', i, ...p];
    if (!isObject(embed)) return void errors.push({ path: at(), code: 'MODEL_TYPE_CONVERT', message: 'Only dictionaries may be used in a ModelType' });
    total += text(errors, at('title'), embed.title, 256);
    total += text(errors, at('description'), embed.description, 4096);
    if (isObject(embed.footer)) total += text(errors, at('footer', 'text'), embed.footer.text, 2048, true);
    if (isObject(embed.author)) total += text(errors, at('author', 'name'), embed.author.name, 256, true);
    if (embed.fields !== undefined) {
      const fields = Array.isArray(embed.fields) ? embed.fields : [];
      if (fields.length > 25) errors.push({ path: at('fields'), code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
      fields.forEach((f: unknown, j) => {
        const field = isObject(f) ? f : {};
        total += text(errors, at('fields', j, 'name'), field.name, 256, true);
        total += text(errors, at('fields', j, 'value'), field.value, 1024, true);
      });
    }
  });
  if (total > 6000) errors.push({ path: ['embeds'], code: 'MAX_EMBED_SIZE_EXCEEDED', message: 'Embed size exceeds maximum size of 6000' });
}

function checkComponents(errors: FormError[], rows: unknown): void {
  if (rows === undefined) return;
  if (!Array.isArray(rows)) return void errors.push({ path: ['components'], code: 'LIST_TYPE_CONVERT', message: 'Only iterables may be used in a ListType' });
  if (rows.length > 5) errors.push({ path: ['components'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 5 or fewer in length.' });
  const ids = new Set<string>();
  rows.forEach((row: unknown, i) => {
    if (!isObject(row) || row.type !== 1) return void errors.push({ path: ['components', i, 'type'], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {1}.' });
    const buttons = Array.isArray(row.components) ? row.components : [];
    if (buttons.length < 1 || buttons.length > 5) errors.push({ path: ['components', i, 'components'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 5 in length.' });
    buttons.forEach((b: unknown, j) => {
      const at = (p: string) => ['components', i, 'components', j, p];
      const button = isObject(b) ? b : {};
      if (button.type !== 2) return void errors.push({ path: at('type'), code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {2}.' });
      text(errors, at('label'), button.label, 80);
      if (button.style === 5) return void text(errors, at('url'), button.url, 512, true);
      text(errors, at('custom_id'), button.custom_id, 100, true);
      if (typeof button.custom_id === 'string') {
        if (ids.has(button.custom_id)) errors.push({ path: at('custom_id'), code: 'COMPONENT_CUSTOM_ID_DUPLICATED', message: 'Component custom id cannot be duplicated' });
        ids.add(button.custom_id);
      }
    });
  });
}

const ALLOWED_FLAGS = 4 | 64 | 4096 | 32768;

/** Limits of a message body (interaction reply, webhook edit or follow-up). */
export function checkMessage(data: unknown, { edit = false } = {}): FormError[] {
  const errors: FormError[] = [];
  if (!isObject(data)) return [{ path: [], code: 'MODEL_TYPE_CONVERT', message: 'Only dictionaries may be used in a ModelType' }];
  text(errors, ['content'], data.content, 2000);
  checkEmbeds(errors, data.embeds);
  checkComponents(errors, data.components);
  if (typeof data.flags === 'number' && (data.flags & ~ALLOWED_FLAGS) !== 0) errors.push({ path: ['flags'], code: 'MESSAGE_FLAGS_INVALID', message: 'Invalid flags' });
  const empty = !data.content && !(Array.isArray(data.embeds) && data.embeds.length) && !(Array.isArray(data.components) && data.components.length);
  if (empty && !edit) errors.push({ path: [], code: 'EMPTY_MESSAGE', message: 'Cannot send an empty message' });
  return errors;
}

/** Why a message could ping someone, or undefined when it cannot. */
export function pingProblem(data: unknown): string | undefined {
  if (!isObject(data)) return undefined;
  const mentions = data.allowed_mentions;
  if (!isObject(mentions)) return 'allowed_mentions is missing';
  if (!Array.isArray(mentions.parse) || mentions.parse.length > 0) return `allowed_mentions.parse is ${JSON.stringify(mentions.parse)}, not []`;
  for (const key of ['users', 'roles'] as const) {
    if (Array.isArray(mentions[key]) && (mentions[key] as unknown[]).length > 0) return `allowed_mentions.${key} names someone`;
  }
  if (mentions.replied_user === true) return 'allowed_mentions.replied_user is true';
  return undefined;
}

export function checkChoices(data: unknown): FormError[] {
  const errors: FormError[] = [];
  const choices = isObject(data) ? data.choices : undefined;
  if (!Array.isArray(choices)) return [{ path: ['choices'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }];
  if (choices.length > 25) errors.push({ path: ['choices'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  choices.forEach((c: unknown, i) => {
    const choice = isObject(c) ? c : {};
    if (text(errors, ['choices', i, 'name'], choice.name, 100, true) === 0 && typeof choice.name === 'string') {
      errors.push({ path: ['choices', i, 'name'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
    }
    if (typeof choice.value === 'string') text(errors, ['choices', i, 'value'], choice.value, 100, true);
    else if (typeof choice.value !== 'number') errors.push({ path: ['choices', i, 'value'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
  });
  return errors;
}

const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

/** Slash-command definitions, as PUT /applications/{app}/commands checks them. */
export function checkCommands(body: unknown): FormError[] {
  if (!Array.isArray(body)) return [{ path: [], code: 'LIST_TYPE_CONVERT', message: 'Only iterables may be used in a ListType' }];
  const errors: FormError[] = [];
  if (body.length > 100) errors.push({ path: [], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 100 or fewer in length.' });
  body.forEach((c: unknown, i) => {
    const command = isObject(c) ? c : {};
    if (typeof command.name !== 'string' || !NAME.test(command.name) || command.name !== command.name.toLowerCase()) {
      errors.push({ path: [i, 'name'], code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' });
    }
    text(errors, [i, 'description'], command.description, 100, true);
    const options = Array.isArray(command.options) ? command.options : [];
    if (options.length > 25) errors.push({ path: [i, 'options'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
    let seenOptional = false;
    const names = new Set<string>();
    options.forEach((o: unknown, j) => {
      const option = isObject(o) ? o : {};
      const at = (p: string) => [i, 'options', j, p];
      if (typeof option.name !== 'string' || !NAME.test(option.name)) errors.push({ path: at('name'), code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' });
      else if (names.has(option.name)) errors.push({ path: at('name'), code: 'APPLICATION_COMMAND_OPTION_NAME_ALREADY_EXISTS', message: 'Option names must be unique' });
      names.add(String(option.name));
      text(errors, at('description'), option.description, 100, true);
      if (typeof option.type !== 'number' || option.type < 3 || option.type > 11) errors.push({ path: at('type'), code: 'BASE_TYPE_CHOICES', message: 'Value must be one of (3..11).' });
      if (option.required === true && seenOptional) errors.push({ path: at('required'), code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', message: 'Required options must be placed before non-required options' });
      if (option.required !== true) seenOptional = true;
      if (option.max_length !== undefined && (option.type !== 3 || typeof option.max_length !== 'number' || option.max_length < 1 || option.max_length > 6000)) {
        errors.push({ path: at('max_length'), code: 'NUMBER_TYPE_MAX', message: 'max_length must be 1 to 6000 on a string option' });
      }
      if (option.autocomplete === true && ![3, 4, 10].includes(Number(option.type))) errors.push({ path: at('autocomplete'), code: 'AUTOCOMPLETE_INVALID', message: 'Autocomplete is only for string, integer and number options' });
    });
  });
  return errors;
}
