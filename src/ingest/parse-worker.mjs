// Entry of a parse worker. Workers start with no execArgv, so whether the loader runs under the
// tsx CLI, `node --import tsx` or a test runner, each one registers the TypeScript loader itself
// before importing the parser's sources.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
