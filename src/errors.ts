/** A mistake in what the user asked for: its message is shown to them as is, so it says what to do. */
export class UserError extends Error {
  override name = 'UserError';
}
