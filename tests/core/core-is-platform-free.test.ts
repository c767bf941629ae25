import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = resolve('src/core');
/** Packages the core may use: none of them knows about a chat platform, a scheduler or a database. */
const ALLOWED_PACKAGES = new Set(['zod', 'chrono-node']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function imports(source: string): string[] {
  const found: string[] = [];
  const re =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of source.matchAll(re)) found.push((m[1] ?? m[2] ?? m[3])!);
  return found;
}

function forbiddenImports(file: string, source: string): string[] {
  return imports(source).filter((spec) => {
    if (spec.startsWith('node:')) return false;
    if (spec.startsWith('.')) return relative(CORE, resolve(file, '..', spec)).startsWith('..');
    const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
    return !ALLOWED_PACKAGES.has(pkg);
  });
}

describe('the core stays platform-free', () => {
  it('imports nothing outside src/core but node built-ins, zod and chrono-node', () => {
    const offenders = files(CORE).flatMap((f) =>
      forbiddenImports(f, readFileSync(f, 'utf8')).map((spec) => `${relative('.', f)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('notices a platform library, node-cron or an adapter import', () => {
    const file = join(CORE, 'example.ts');
    expect(forbiddenImports(file, "import { App } from '@slack/bolt';")).toEqual(['@slack/bolt']);
    expect(forbiddenImports(file, "import { Client } from 'discord.js';")).toEqual(['discord.js']);
    expect(forbiddenImports(file, "import cron from 'node-cron';")).toEqual(['node-cron']);
    expect(forbiddenImports(file, "const m = await import('../adapters/slack/app');")).toEqual([
      '../adapters/slack/app',
    ]);
    expect(forbiddenImports(file, "import { z } from 'zod';\nimport { x } from './reply';")).toEqual([]);
  });
});
