import type { z } from 'zod';
import type { AnyCommand, ChannelContext } from '../../commands/define';
import type { DigestPort } from '../../commands/digest-port';
import type { Corpus } from '../core/corpus';
import { UserError } from '../core/errors';
import { errorReply, type Reply } from '../core/reply';
import { closest, nearest } from '../core/text/fuzzy';
import type { Logger } from '../log';
import { parseTextArgs } from './parse-args';
import { joinWords, splitWords } from './words';

/** Longer input is refused before parsing: nobody types 1,000 characters into a slash command. */
export const MAX_INPUT = 1000;

export type DispatchStatus = 'ok' | 'usage' | 'failed';

export interface DispatchResult {
  reply: Reply;
  status: DispatchStatus;
  command: string | null;
}

export interface DispatchEnv {
  commands: readonly AnyCommand[];
  corpus: () => Corpus;
  now: () => Date;
  channel: ChannelContext | null;
  /** The daily digests; null where none run. */
  digests: DigestPort | null;
  log: Logger;
}

/** Shows user text back safely: trimmed, single-line and short. */
export function echo(value: string, max = 60): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const usageError = (reply: Reply, command: string | null): DispatchResult => ({
  reply,
  status: 'usage',
  command,
});

/** Text as typed in chat (`/tariffs who akazawa`, `who akazawa`, `help`) → Reply. */
export async function dispatchText(input: string, env: DispatchEnv): Promise<DispatchResult> {
  const trimmed = input.trim();
  if (trimmed.length > MAX_INPUT) {
    return usageError(
      errorReply(
        'That is too long',
        `Commands are at most ${MAX_INPUT} characters; yours has ${trimmed.length}.`,
        {
          suggestions: ['help'],
        },
      ),
      null,
    );
  }
  const words = splitWords(trimmed.replace(/^\/?tariffs\b/i, ''));
  const first = words.shift();
  const name = (first ?? 'help').toLowerCase();
  const spec = findCommand(env.commands, name);
  if (!spec) {
    const names = env.commands.map((c) => c.name);
    const near = closest(name, names);
    const hint = near.length
      ? ` Did you mean ${near.map((n) => `\`${n}\``).join(' or ')}?`
      : ` The closest commands are ${nearest(name, names)
          .map((n) => `\`${n}\``)
          .join(', ')}.`;
    return usageError(
      errorReply('Unknown command', `There is no command "${echo(first ?? '')}".${hint}`, {
        suggestions: near.length ? near : ['help'],
        notes: [`Commands: ${names.join(', ')}.`],
      }),
      null,
    );
  }
  let page = 1;
  const pageAt = words.findIndex((w) => w.toLowerCase() === '--page');
  if (pageAt >= 0) {
    const n = Number(words[pageAt + 1]);
    if (!isPage(n)) return badPage(spec.name);
    page = n;
    words.splice(pageAt, 2);
  }
  let raw: Record<string, string | undefined>;
  try {
    raw = spec.parseText ? spec.parseText(words) : parseTextArgs(spec.options, words);
  } catch (err) {
    if (err instanceof UserError)
      return usageError(usageReply(spec, err.message, err.suggestions), spec.name);
    throw err;
  }
  return run(spec, raw, page, joinWords([spec.name, ...words]), env);
}

/** Typed options from a platform (Discord's slash command options) → Reply. */
export async function dispatchOptions(
  name: string,
  options: Record<string, string | number | undefined>,
  page: number,
  env: DispatchEnv,
): Promise<DispatchResult> {
  const spec = findCommand(env.commands, name);
  if (!spec) return dispatchText(name, env);
  if (!isPage(page)) return badPage(spec.name);
  const words = [spec.name];
  for (const opt of spec.options) {
    const v = options[opt.name];
    if (v !== undefined && v !== '') words.push(`--${opt.name}`, String(v));
  }
  return run(spec, options, page, joinWords(words), env);
}

const isPage = (n: number) => Number.isInteger(n) && n >= 1;

const badPage = (command: string): DispatchResult =>
  usageError(errorReply('Bad page number', '`--page` takes a whole number from 1 up.'), command);

export function findCommand(commands: readonly AnyCommand[], name: string): AnyCommand | undefined {
  const lower = name.toLowerCase();
  return commands.find((c) => c.name === lower);
}

async function run(
  spec: AnyCommand,
  raw: Record<string, unknown>,
  page: number,
  invocation: string,
  env: DispatchEnv,
): Promise<DispatchResult> {
  const parsed = spec.input.safeParse(raw);
  if (!parsed.success) {
    return usageError(usageReply(spec, describeIssues(parsed.error)), spec.name);
  }
  if (spec.managesChannel && env.channel && !(await env.channel.canManage())) {
    return usageError(
      errorReply(
        'Only channel managers can do that',
        `Sorry — \`${spec.name}\` changes what this channel receives, so it is kept for the people who manage the channel.`,
        { suggestions: ['subscriptions'] },
      ),
      spec.name,
    );
  }
  try {
    const reply = await spec.run(parsed.data, {
      corpus: env.corpus(),
      now: env.now(),
      channel: env.channel,
      page,
      invocation,
      digests: env.digests,
    });
    return { reply, status: reply.kind === 'error' ? 'usage' : 'ok', command: spec.name };
  } catch (err) {
    if (err instanceof UserError)
      return usageError(usageReply(spec, err.message, err.suggestions), spec.name);
    env.log.error({ err, command: spec.name, invocation }, 'command failed');
    return {
      reply: errorReply(
        'Something went wrong',
        `\`${spec.name}\` failed on our side; it has been logged. Please try again, or try \`help\`.`,
      ),
      status: 'failed',
      command: spec.name,
    };
  }
}

function usageReply(spec: AnyCommand, message: string, suggestions: string[] = []): Reply {
  return errorReply(`How to use \`${spec.name}\``, message, {
    suggestions: suggestions.length ? suggestions : spec.examples.slice(0, 3),
    notes: [`Usage: ${spec.usage}`],
  });
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const name = issue.path.join('.');
      return name ? `${name}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
