import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
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

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  writeFile(path: string, text: string): void;
}

const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  writeFile: (path, t) => writeFileSync(path, t),
};

/** Prints (or writes) the app manifest to paste into https://api.slack.com/apps → "From a manifest". */
export function manifestCli(argv: string[], io: CliIo = processIo): number {
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
        io.stderr(`--url ${parsed.error.issues[0]?.message ?? 'is invalid'}\n${USAGE}\n`);
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
      io.stdout(`${USAGE}\n`);
      return 0;
    } else {
      io.stderr(`unknown argument ${JSON.stringify(arg.slice(0, 40))}\n${USAGE}\n`);
      return 2;
    }
  }
  const json = `${JSON.stringify(buildManifest(commands, { baseUrl: url, socketMode: socket }), null, 2)}\n`;
  if (out) {
    io.writeFile(out, json);
    io.stderr(`wrote ${out} — paste it into https://api.slack.com/apps → Create New App → From a manifest\n`);
  } else io.stdout(json);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = manifestCli(process.argv.slice(2));
}
