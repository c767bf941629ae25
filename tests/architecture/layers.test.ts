import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLayers, config, describeViolation } from '../../scripts/layers/check-layers';

const rules = config.forbidden;
// Cruising the whole project takes seconds on a busy two-CPU machine; nothing here is timed.
const CRUISE_MS = 180_000;

describe('the layering of the house', () => {
  it(
    'has no cycles and no import across a layer in src/ and commands/',
    async () => {
      const report = await checkLayers(['src', 'commands']);
      expect(report.modules).toBeGreaterThan(50);
      // The listing itself is the failure message: one line a broken rule.
      expect(report.violations.map(describeViolation)).toEqual([]);
    },
    CRUISE_MS,
  );

  it(
    'catches each kind of bad import in a small tree laid out like the project',
    async () => {
      const report = await checkLayers(['src', 'commands'], resolve('tests/architecture/fixtures'));
      const found = report.violations.map((v) => `${v.rule}: ${v.from} → ${v.to}`).sort();
      expect(found).toEqual(
        [
          'adapters-are-independent: src/adapters/slack/adapter.ts → src/adapters/discord/client.ts',
          'adapters-use-storage-port-only: src/adapters/slack/adapter.ts → src/storage/sqlite/db.ts',
          'commands-stay-above-the-machinery: commands/run.ts → src/adapters/discord/client.ts',
          'commands-stay-above-the-machinery: commands/run.ts → src/scheduler/clock.ts',
          'commands-stay-above-the-machinery: commands/run.ts → src/storage/sqlite/db.ts',
          'core-is-self-contained: src/core/answer.ts → src/app/helper.ts',
          'no-cycles: src/app/ping.ts → src/app/pong.ts',
          'storage-knows-no-adapter: src/storage/leaky.ts → src/adapters/discord/client.ts',
        ].sort(),
      );
      // Every rule of the configuration is exercised, so none can silently stop matching.
      expect(new Set(report.violations.map((v) => v.rule))).toEqual(new Set(rules?.map((r) => r.name)));
      expect(report.circles).toEqual([['src/app/ping.ts', 'src/app/pong.ts']]);
    },
    CRUISE_MS,
  );

  it('lists no exception in any rule', () => {
    for (const rule of rules ?? []) {
      expect(rule.severity, rule.name).toBe('error');
      expect(JSON.stringify(rule), rule.name).not.toMatch(/"(exceptions|baseline)"/);
    }
  });
});
