/**
 * Slack reads `&`, `<` and `>` as control characters: `<!channel>` pings everyone, `<@U…>` mentions a
 * user, `<https://…|label>` is a link. Every piece of user or dataset text goes through `escapeText`
 * before it reaches a message, so it can only ever be shown, never acted on.
 */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Text as Slack delivers it (slash command text, a mention, a DM) → the plain text a user typed.
 * Links become their label or address and user/channel references their name. Special mentions
 * (`<!channel>`, `<!here>`, `<!subteam^…>`) are kept literally: the core treats them as words and any
 * echo of them is escaped on the way out, so they cannot ping anyone.
 */
export function fromSlackText(value: string): string {
  const unwrapped = value.replace(/<([^<>]*)>/g, (whole, inner: string) => {
    if (inner.startsWith('!')) return whole;
    const bar = inner.indexOf('|');
    const target = bar >= 0 ? inner.slice(0, bar) : inner;
    const label = bar >= 0 ? inner.slice(bar + 1) : '';
    if (target.startsWith('@')) return label ? `@${label}` : target;
    if (target.startsWith('#')) return label ? `#${label}` : target;
    return label || target.replace(/^mailto:/, '');
  });
  return unwrapped.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Removes the leading `<@BOT>` of an app mention so the rest reads as a command. */
export function stripBotMention(value: string, botUserId: string | undefined): string {
  const mention = botUserId
    ? new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g')
    : /^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>/;
  return value.replace(mention, ' ').trim();
}
