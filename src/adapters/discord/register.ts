import { REST, type RESTPutAPIApplicationCommandsResult, Routes } from 'discord.js';
import type { AnyCommand } from '../../../commands/define';
import { restBase } from './client';
import { buildCommandData } from './command-data';

export interface RegisterOptions {
  token: string;
  applicationId: string;
  apiUrl: string | null;
  /** Registers to one guild (instant, for testing) instead of globally. */
  guildId: string | null;
}

/** Replaces the application's commands with the ones generated from the spec (a bulk PUT is idempotent). */
export async function registerCommands(
  commands: readonly AnyCommand[],
  opts: RegisterOptions,
): Promise<RESTPutAPIApplicationCommandsResult> {
  const rest = new REST(restBase(opts.apiUrl)).setToken(opts.token);
  const route = opts.guildId
    ? Routes.applicationGuildCommands(opts.applicationId, opts.guildId)
    : Routes.applicationCommands(opts.applicationId);
  return (await rest.put(route, {
    body: [buildCommandData(commands, opts.guildId ? 'guild' : 'global')],
  })) as RESTPutAPIApplicationCommandsResult;
}

/**
 * The link that installs the app for the person who opens it (integration type 1): /tariffs then
 * works in their DMs and in any server, the bot a member there or not. Needs User Install ticked
 * under Installation in the developer portal, with the `applications.commands` scope.
 */
export function userInstallUrl(applicationId: string): string {
  const q = new URLSearchParams({
    client_id: applicationId,
    integration_type: '1',
    scope: 'applications.commands',
  });
  return `https://discord.com/oauth2/authorize?${q}`;
}
