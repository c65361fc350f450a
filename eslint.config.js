// Lint rules: typescript-eslint's recommended set over the TypeScript sources, and the layering
// of the source folders (STYLE.md), so an import that points the wrong way fails `npm run lint`.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

// The layers, bottom to top. A folder may import from its own folder and from any layer below it,
// never from a layer above nor from another folder of its own layer. So:
// - src/model is the canonical data and imports no other source folder;
// - src/text (cleaning, speaker marks, terms, names) uses the model only; src/formats uses both;
// - the stage cores are siblings: align, split, summarize, search and publish never import one
//   another (whatever two of them share lives in model or text); they may use formats;
// - src/store (the BlobStore port and its adapters) sits above the cores, which never see a store;
// - src/stages call the cores and the store; pipelines (the stage graph) use the stages; workers
//   run pipelines' queues; src/server serves what the stages wrote; src/cli is the top and may start
//   any of them (`recap serve`, `recap worker`), while nothing below imports src/cli.
// src/version.ts is a constant with no imports: any layer may read it.
const LAYERS = [
  ['src/model'],
  ['src/text'],
  ['src/formats'],
  ['src/align', 'src/split', 'src/summarize', 'src/search', 'src/publish'],
  ['src/store'],
  ['src/stages'],
  ['pipelines'],
  ['workers'],
  ['src/server'],
  ['src/cli'],
];

/** The folders a folder must not import: every folder above its layer and its layer's others. */
function forbiddenFolders(folder) {
  const layer = LAYERS.findIndex((folders) => folders.includes(folder));
  return LAYERS.flatMap((folders, i) => (i < layer ? [] : folders.filter((f) => f !== folder)));
}

/** A relative import that reaches `folder` (at any depth: '../split/x', '../../split'). */
function folderPattern(folder) {
  return `**/${folder.split('/').pop()}`;
}

// Packages and Node modules that do I/O. The pure layers (model, text, formats, the cores) and
// the stages (which reach files only through a BlobStore) import none of them, so the same code
// runs on a folder and on S3 and the core is data in, data out. crypto stays allowed: hashing is
// not I/O, and the stages name blobs by content hash.
const IO_PACKAGES = ['bullmq', 'ioredis', '@aws-sdk/*', 'fastify', '@fastify/*', '@bull-board/*', 'pino', 'commander'];
const NODE_IO = ['fs', 'fs/*', 'path', 'os', 'child_process', 'net', 'http', 'https', 'http2', 'dgram', 'dns', 'tls', 'readline', 'worker_threads', 'cluster', 'process'];
const PURE_FOLDERS = ['src/model', 'src/text', 'src/formats', ...LAYERS[3], 'src/stages'];

/** The no-restricted-imports setting for one folder. */
function importRule(folder) {
  const groups = forbiddenFolders(folder)
    .map((f) => ({
      group: [folderPattern(f)],
      message: LAYERS[3].includes(folder) && LAYERS[3].includes(f)
        ? `${folder} must not import ${f}: the stage cores are siblings; what they share belongs in src/model or src/text (layers in eslint.config.js).`
        : `${folder} must not import ${f}, a layer above it (layers in eslint.config.js).`,
    }));
  if (PURE_FOLDERS.includes(folder)) {
    groups.push({
      group: [...IO_PACKAGES, ...NODE_IO, ...NODE_IO.map((m) => `node:${m}`)],
      message: `${folder} does no I/O: it gets data passed in (a BlobStore in the stages), so it imports no queue, store, server or file-system module.`,
    });
  }
  return ['error', { patterns: groups }];
}

const allFolders = LAYERS.flat();

module.exports = tseslint.config(
  // What .gitignore leaves out is no source: builds, a store the README's set-up writes (recap-data/, now with the site's scripts), outputs.
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**', 'eval/out/**', 'recap-data/**', 'test-artifacts/**', 'scratch-*.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  ...allFolders.map((folder) => ({
    files: [`${folder}/**/*.ts`],
    rules: { 'no-restricted-imports': importRule(folder) },
  })),
  {
    files: PURE_FOLDERS.map((folder) => `${folder}/**/*.ts`),
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'Config and arguments are read once at the edge (cli, workers) and passed down: no process here.' }],
      // no-restricted-imports sees only static imports: the pure layers use no other kind.
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression', message: 'Only static imports here, so the layering rules can check them.' },
        { selector: 'TSExternalModuleReference', message: 'Only static imports here, so the layering rules can check them.' },
      ],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
