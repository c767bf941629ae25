import { z } from 'zod';

/**
 * The chat platforms the bot connects to and posts on, declared once: the adapters' and senders'
 * types, the zod schemas and the database's CHECK constraints are all made from this list. A new
 * platform (e.g. 'teams') is one entry here plus its folder under src/adapters/.
 */
export const PLATFORMS = ['slack', 'discord'] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * Where a command can be typed: a chat platform's channel, or the terminal. The terminal receives
 * no posts, but its channel is kept by the same name in stored subscriptions and digest runs
 * (the database has always accepted it), so storage keys its rows by these.
 */
export const CHANNEL_PLATFORMS = [...PLATFORMS, 'console'] as const;
export type ChannelPlatform = (typeof CHANNEL_PLATFORMS)[number];

export const channelPlatformSchema = z.enum(CHANNEL_PLATFORMS);
