import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { commands } from '../../../commands/index';
import { buildManifest } from './manifest';

const USAGE = `usage: npm run -s slack:manifest -- [--url https://your.host] [--socket] [--out [FILE]]
  --url     public base URL of the bot (HTTP mode); Slack will post to <url>/slack/events
  --socket  Socket Mode: no public URL needed (set SLACK_APP_TOKEN when running)
  --out     write to FILE (default slack-manifest.json) instead of stdout`;

const baseUrl = z.url({
  protocol: /^https?$/,
  error: 'must be an http(s) URL such as https://tariffs.example.com',
});

/** Prints (or writes) the app manifest to paste into https://api.slack.com/apps → "From a manifest". */
function main(argv: string[]): number {
  let url = 'https://YOUR-BOT-HOST.example.com';
  let socket = false;
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--socket') socket = true;
    else if (arg === '--url' || arg.startsWith('--url=')) {
      const value = arg === '--url' ? argv[++i] : arg.slice('--url='.length);
      const parsed = baseUrl.safeParse(value);
      if (!parsed.success) {
        process.stderr.write(`--url ${parsed.error.issues[0]?.message ?? 'is invalid'}\n${USAGE}\n`);
        return 2;
      }
      url = parsed.data;
    } else if (arg === '--out' || arg.startsWith('--out=')) {
      const next = argv[i + 1];
      out = arg.startsWith('--out=')
        ? arg.slice('--out='.length)
        : next && !next.startsWith('--')
          ? argv[++i]!
          : 'slack-manifest.json';
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else {
      process.stderr.write(`unknown argument ${JSON.stringify(arg.slice(0, 40))}\n${USAGE}\n`);
      return 2;
    }
  }
  const json = `${JSON.stringify(buildManifest(commands, { baseUrl: url, socketMode: socket }), null, 2)}\n`;
  if (out) {
    writeFileSync(out, json);
    process.stderr.write(
      `wrote ${out} — paste it into https://api.slack.com/apps → Create New App → From a manifest\n`,
    );
  } else process.stdout.write(json);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
