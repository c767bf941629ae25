/** A problem with what the user typed; the edge turns it into a helpful reply, never a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly suggestions: string[] = [],
  ) {
    super(message);
    this.name = 'UserError';
  }
}
