import type { z } from 'zod';
import type { Corpus } from '../src/core/corpus';
import type { Reply } from '../src/core/reply';
import type { SuggestionSource } from '../src/core/suggestions';
import type { ChannelPlatform } from '../src/platforms/names';
import type { DigestPort } from './digest-port';

/** Which dataset values a platform may offer while the user types an option (ranked by the core). */
export type AutocompleteSource = SuggestionSource;

export interface OptionSpec {
  name: string;
  description: string;
  required: boolean;
  type: 'string' | 'integer';
  /** Positional option that swallows the remaining words of a text command. */
  rest?: boolean;
  autocomplete?: AutocompleteSource;
  choices?: readonly string[];
}

/** The channel a command was typed in; null on the console's one-shot mode. */
export interface ChannelContext {
  platform: ChannelPlatform;
  channelId: string;
  userId: string;
  /**
   * May this user change what the channel receives (Slack admin/installer, Discord Manage
   * Channels)? Asked by dispatch only for a command that `managesChannel`, so an ordinary
   * question costs the platform no lookup; each adapter supplies how to find out.
   */
  canManage(): Promise<boolean>;
  /**
   * Why no daily digest can be set up here, when the platform knows it: a Discord DM, or a server
   * the bot is not a member of (it was installed by the user), where it cannot post.
   */
  noDigests?: string;
}

export interface CommandContext {
  corpus: Corpus;
  now: Date;
  channel: ChannelContext | null;
  /** 1-based page of a paged answer. */
  page: number;
  /** The command text that produced this call, without `--page`; pagers append `--page N` to it. */
  invocation: string;
  /** The daily digests; null where none run (one-shot console, tests without a store). */
  digests: DigestPort | null;
}

export interface CommandSpec<Input = Record<string, unknown>> {
  name: string;
  /** One line for lists and platform registration (Discord caps descriptions at 100 characters). */
  summary: string;
  /** e.g. `who <person> [about <topic>]` */
  usage: string;
  examples: string[];
  options: OptionSpec[];
  /** Validates the option record, from text or from a platform's typed options. */
  input: z.ZodType<Input>;
  /** A text grammar of its own (e.g. `who X about Y`); by default options are filled in order. */
  parseText?: (words: string[]) => Record<string, string | undefined>;
  /** Changes channel state: only channel managers may run it. */
  managesChannel?: boolean;
  run(input: Input, ctx: CommandContext): Reply | Promise<Reply>;
}

/** Keeps each command's input type while letting a list hold them all. */
export function defineCommand<Input>(spec: CommandSpec<Input>): CommandSpec<Input> {
  return spec;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry of commands with different inputs
export type AnyCommand = CommandSpec<any>;
