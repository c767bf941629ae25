/**
 * User text shown back in a reply: one line, short, and stripped of what chat platforms read as
 * mentions or markup (`@everyone`, Slack's `<!channel>` and `<url|label>`), whatever the adapter.
 */
export function shown(value: string, max = 40): string {
  const flat = value
    .replace(/[<>@*_~`|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
