import { parseArgs } from 'node:util';
import { DiscordAPIError } from 'discord.js';
import { commands } from '../../../commands/index';
import { ConfigError, loadConfig } from '../../config';
import { registerCommands, userInstallUrl } from './register';

const USAGE = 'Usage: npm run discord:deploy [-- --guild GUILD_ID]';

/** `npm run discord:deploy`: registers /tariffs from the spec. The bot itself never registers on start-up. */
async function main(argv: string[]): Promise<number> {
  let guildId: string | null = null;
  try {
    const { values } = parseArgs({ args: argv, options: { guild: { type: 'string' } }, strict: true });
    guildId = values.guild ?? null;
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (guildId !== null && !/^\d{5,25}$/.test(guildId)) {
    process.stderr.write(`--guild must be a numeric guild id, not "${guildId.slice(0, 40)}".\n${USAGE}\n`);
    return 2;
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\nSee .env.example for what each variable means.\n`);
    return 1;
  }
  if (!config.discord) {
    process.stderr.write('DISCORD_TOKEN and DISCORD_APPLICATION_ID must be set to register commands.\n');
    return 1;
  }
  const { token, applicationId, apiUrl } = config.discord;
  try {
    const saved = await registerCommands(commands, { token, applicationId, apiUrl, guildId });
    const subs = commands.map((c) => c.name).join(', ');
    const where = guildId
      ? `guild ${guildId} (available at once; only the global registration can be installed by users)`
      : 'globally, for servers and for users who install it themselves (may take up to an hour to appear)';
    process.stdout.write(`Registered ${saved.length} command /tariffs (${subs}) ${where}.\n`);
    if (!guildId) process.stdout.write(`Install it for yourself: ${userInstallUrl(applicationId)}\n`);
    return 0;
  } catch (err) {
    const detail = err instanceof DiscordAPIError ? `${err.status} ${err.message}` : (err as Error).message;
    process.stderr.write(`Discord refused the commands: ${detail}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`discord:deploy failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
