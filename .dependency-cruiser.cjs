/**
 * The house's layering, checked by tests/architecture/layers.test.ts (in `npm test`) and printed by
 * `npm run deps:check`. No rule lists an exception: a violation is fixed in the code, never here.
 *
 * Storage is split into its port (the modules at the top of src/storage: interfaces, names and the
 * openers that pick a driver) and its implementations (one folder per database under src/storage).
 */
const STORAGE_IMPLEMENTATIONS = '^src/storage/[^/]+/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A loop of imports must be held in the head all at once; every layer points one way.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-self-contained',
      severity: 'error',
      comment:
        'src/core imports nothing of the project outside itself (its packages are checked by tests/core/core-is-platform-free.test.ts).',
      from: { path: '^src/core/' },
      to: { path: '^(src|commands)/', pathNot: '^src/core/' },
    },
    {
      name: 'adapters-are-independent',
      severity: 'error',
      comment: 'An adapter translates one platform; it never reaches into another adapter.',
      from: { path: '^src/adapters/([^/]+)/' },
      to: { path: '^src/adapters/', pathNot: '^src/adapters/$1/' },
    },
    {
      name: 'adapters-use-storage-port-only',
      severity: 'error',
      comment: 'Adapters see storage through its interfaces and openers, never a database driver.',
      from: { path: '^src/adapters/' },
      to: { path: STORAGE_IMPLEMENTATIONS },
    },
    {
      name: 'commands-stay-above-the-machinery',
      severity: 'error',
      comment:
        'Commands depend on ports declared beside them; adapters, the scheduler and databases implement them.',
      from: { path: '^commands/' },
      to: { path: ['^src/adapters/', '^src/scheduler/', STORAGE_IMPLEMENTATIONS] },
    },
    {
      name: 'storage-knows-no-adapter',
      severity: 'error',
      comment: 'Storage owns its interfaces; an adapter implements or uses them, not the other way round.',
      from: { path: '^src/storage/' },
      to: { path: '^src/adapters/' },
    },
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
