/**
 * The house's layering, checked by tests/architecture/layers.test.ts (in `npm test`) and printed by
 * `npm run deps:check`. No rule lists an exception: a violation is fixed in the code, never here.
 *
 * Storage is split into its port (the modules at the top of src/storage: interfaces and the openers
 * that pick a driver) and its implementations, one folder each under src/storage: sql/ (the schema,
 * statements and row mapping both databases share), sqlite/ and postgres/.
 */
const STORAGE_IMPLEMENTATIONS = '^src/storage/[^/]+/';

/** Every rule is an error: a warning would let a violation stand. */
const rule = (name, comment, from, to) => ({ name, severity: 'error', comment, from, to });

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    rule(
      'no-cycles',
      'A loop of imports must be held in the head all at once; every layer points one way.',
      {},
      {
        circular: true,
      },
    ),
    rule(
      'core-is-self-contained',
      'src/core imports nothing of the project outside itself (its packages are checked by tests/core/core-is-platform-free.test.ts).',
      { path: '^src/core/' },
      { path: '^(src|commands)/', pathNot: '^src/core/' },
    ),
    rule(
      'adapters-are-independent',
      'An adapter translates one platform; it never reaches into another adapter.',
      { path: '^src/adapters/([^/]+)/' },
      { path: '^src/adapters/', pathNot: '^src/adapters/$1/' },
    ),
    rule(
      'adapters-use-storage-port-only',
      'Adapters see storage through its interfaces and openers, never a database driver.',
      { path: '^src/adapters/' },
      { path: STORAGE_IMPLEMENTATIONS },
    ),
    rule(
      'commands-stay-above-the-machinery',
      'Commands depend on ports declared beside them; adapters, the scheduler and databases implement them.',
      { path: '^commands/' },
      { path: ['^src/adapters/', '^src/scheduler/', STORAGE_IMPLEMENTATIONS] },
    ),
    rule(
      'storage-knows-no-adapter',
      'Storage owns its interfaces; an adapter implements or uses them, not the other way round.',
      { path: '^src/storage/' },
      { path: '^src/adapters/' },
    ),
  ],
  options: {
    // Type-only imports couple modules as much as value imports do, so they count.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.cjs', '.json'] },
  },
};
