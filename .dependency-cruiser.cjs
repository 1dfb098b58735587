// Import-graph rules (dependency-cruiser), run by `npm run lint`:
// - no cycles between files;
// - a top-level folder is entered only through its public face, `<folder>/index.ts`. lib/ and config/ are the
//   shared primitives (errors, clock, occ, settings…): their files are faces of their own, imported one by one,
//   so that a light command does not load the whole toolbox. tests/, bench/ and scripts/ may reach anything.
// docs/architecture.md lists each folder's face.
// Folders whose files may import anything (they are not part of the product's graph).
const FREE = '^(tests|bench|scripts|bin)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A file cycle: split out what both sides need, or pass a callback.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'public-face-only',
      severity: 'error',
      comment: 'Import another folder through its index.ts, not its internals.',
      from: { path: '^([^/]+)/', pathNot: FREE },
      to: {
        path: '^[^/]+/',
        pathNot: ['^[^/]+/index\\.ts$', '^$1/', '^(lib|config|node_modules)/', FREE],
        // node's own modules ('fs/promises') are not folders
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing (packages of types only, served by @types/*, are fine).',
      from: {},
      to: { couldNotResolve: true, pathNot: '^(geojson|topojson-specification)$' },
    },
    {
      name: 'not-to-dev-dep',
      severity: 'error',
      comment: 'Code that ships must not import a devDependency (tests, bench and scripts may).',
      from: { path: '^[^/]+/', pathNot: FREE },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|tests/fixtures|samples/sites|docs|\\.cache)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
