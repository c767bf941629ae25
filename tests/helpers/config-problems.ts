import { ConfigError, loadConfig } from '../../src/config';

/**
 * The problems a loader (`loadConfig` unless told) reports for an environment it must refuse
 * (fails the test if it accepts it).
 */
export function configProblems(
  env: Record<string, string>,
  load: (env: Record<string, string>) => unknown = loadConfig,
): string[] {
  try {
    load(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}
