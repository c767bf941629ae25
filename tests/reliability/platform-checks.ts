import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { generateArticles } from '../../bench/generate';
import { renderEmbeds, totalEmbedSize } from '../../src/adapters/discord/embeds';
import { replyMessage } from '../../src/adapters/discord/message';
import { PageKeys } from '../../src/adapters/discord/pager';
import { renderReply, LIMITS as SLACK, type SlackMessage } from '../../src/adapters/slack/blocks';
import { Bot } from '../../src/app/bot';
import type { Reply } from '../../src/core/reply';
import { silentLogger } from '../../src/log';

/** Discord's documented embed limits, written out here rather than imported, so a renderer bug cannot move the goalposts. */
const DISCORD = {
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
};

/**
 * A bot over a few hundred generated articles (every quote style, boilerplate, many people), so
 * answers are long enough to press against the platforms' limits. Written to a temp folder and
 * loaded through the real loader, as the bot loads its seeds.
 */
export async function generatedBot(
  count = 300,
  seed = 20250606,
): Promise<{ bot: Bot; close: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'tariffs-reliability-'));
  for (const a of generateArticles(count, { seed })) await writeFile(join(dir, a.file), a.text);
  const bot = await Bot.start({
    seedsDir: dir,
    log: silentLogger,
    now: () => new Date('2025-09-01T00:00:00Z'),
  });
  return { bot, close: () => rm(dir, { recursive: true, force: true }) };
}

/** Every problem with a Slack rendering of `reply`; empty when it would be accepted and harmless. */
export function slackProblems(reply: Reply, allowedUrls: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  let messages: SlackMessage[];
  try {
    messages = renderReply(reply);
  } catch (err) {
    return [`Slack renderer threw: ${String(err)}`];
  }
  const texts: string[] = [];
  for (const m of messages) {
    if (m.blocks.length > SLACK.blocksPerMessage) problems.push(`${m.blocks.length} blocks in one message`);
    if (m.text.length > 3000) problems.push(`fallback text of ${m.text.length} chars`);
    texts.push(m.text);
    for (const b of m.blocks) {
      if (b.type === 'header') {
        if (b.text.text.length > 150) problems.push(`header of ${b.text.text.length} chars`);
        texts.push(b.text.text);
      } else if (b.type === 'section' && 'text' in b) {
        if (b.text.text.length > 3000) problems.push(`section text of ${b.text.text.length} chars`);
        if (b.text.text.trim() === '') problems.push('empty section text');
        texts.push(b.text.text);
      } else if (b.type === 'section') {
        if (b.fields.length > 10) problems.push(`${b.fields.length} fields`);
        for (const f of b.fields) {
          if (f.text.length > 2000) problems.push(`field of ${f.text.length} chars`);
          texts.push(f.text);
        }
      } else if (b.type === 'context') {
        if (b.elements.length > 10) problems.push(`${b.elements.length} context elements`);
        for (const e of b.elements) {
          if (e.text.length > 3000) problems.push(`context element of ${e.text.length} chars`);
          texts.push(e.text);
        }
      } else if (b.type === 'rich_text') {
        // Read literally by Slack (no mentions or links in a text run), so only shape and size matter.
        const runs = b.elements.flatMap((e) => e.elements);
        if (runs.some((r) => r.text === '')) problems.push('empty rich text run');
        const length = runs.reduce((n, r) => n + r.text.length, 0);
        if (length > 3000) problems.push(`rich text block of ${length} chars`);
      } else if (b.type === 'actions') {
        for (const e of b.elements)
          if (e.value.length > 2000) problems.push(`button value of ${e.value.length}`);
      }
    }
  }
  for (const t of texts) {
    const control = /<[!@#][^>]*>/.exec(t);
    if (control) problems.push(`live Slack control sequence ${JSON.stringify(control[0])}`);
    // The renderer's own citation links are the only <…> allowed, and only to a dataset URL.
    for (const m of t.matchAll(/<([^<>|]*)(\|[^<>]*)?>/g)) {
      if (!allowedUrls.has(m[1]!)) problems.push(`live Slack link ${JSON.stringify(m[0].slice(0, 80))}`);
    }
  }
  return problems;
}

/** Text outside `code` spans, where Discord would render mentions and markdown. */
const outsideCode = (s: string) => s.replace(/```[\s\S]*?```|`[^`]*`/g, '');

/** Every problem with a Discord rendering of `reply`. */
export function discordProblems(reply: Reply): string[] {
  const problems: string[] = [];
  let embeds: APIEmbed[];
  let allowed: readonly string[];
  try {
    const message = replyMessage(reply, '123456789012345678', new PageKeys());
    embeds = message.embeds;
    allowed = message.allowedMentions.parse;
    for (const row of message.components)
      for (const c of row.components)
        if ('custom_id' in c && c.custom_id.length > 100) problems.push(`custom_id of ${c.custom_id.length}`);
    if (JSON.stringify(embeds) !== JSON.stringify(renderEmbeds(reply)))
      problems.push('renderer not deterministic');
  } catch (err) {
    return [`Discord renderer threw: ${String(err)}`];
  }
  if (embeds.length > DISCORD.embeds) problems.push(`${embeds.length} embeds`);
  if (totalEmbedSize(embeds) > DISCORD.total) problems.push(`embeds total ${totalEmbedSize(embeds)} chars`);
  const texts: string[] = [];
  for (const e of embeds) {
    if ((e.title?.length ?? 0) > DISCORD.title) problems.push(`title of ${e.title?.length}`);
    if ((e.description?.length ?? 0) > DISCORD.description)
      problems.push(`description of ${e.description?.length}`);
    if ((e.fields?.length ?? 0) > DISCORD.fields) problems.push(`${e.fields?.length} fields`);
    if ((e.footer?.text.length ?? 0) > DISCORD.footer) problems.push(`footer of ${e.footer?.text.length}`);
    for (const f of e.fields ?? []) {
      if (f.name.length > DISCORD.fieldName || f.value.length > DISCORD.fieldValue)
        problems.push('oversized field');
      if (f.name.trim() === '' || f.value.trim() === '') problems.push('empty field (Discord rejects it)');
      texts.push(f.name, f.value);
    }
    texts.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '');
  }
  for (const t of texts.map(outsideCode)) {
    const ping = /@(everyone|here)\b/i.exec(t);
    if (ping && allowed.length)
      problems.push(`${ping[0]} with allowed_mentions.parse ${JSON.stringify(allowed)}`);
    const mention = /<(@[!&]?|#)\d+>/.exec(t);
    if (mention) problems.push(`live Discord mention ${mention[0]}`);
  }
  if (allowed.length) problems.push(`allowed_mentions.parse is ${JSON.stringify(allowed)}`);
  return problems;
}
