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
    body: [buildCommandData(commands)],
  })) as RESTPutAPIApplicationCommandsResult;
}
