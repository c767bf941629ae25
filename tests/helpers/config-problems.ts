import { ConfigError, loadConfig } from '../../src/config';

/** The problems `loadConfig` reports for an environment it must refuse (fails the test if it accepts it). */
export function configProblems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}
