/** Jest runs TypeScript through SWC (type-checking is `tsc --noEmit`, run separately by `npm test`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }] },
  // subsrt-ts, content-disposition (under @fastify/static, which bull-board uses) and cookie (light-my-request's: fastify.inject) ship ESM
  // only; let SWC turn them into CommonJS for Jest, wherever npm nested them.
  transformIgnorePatterns: ['/node_modules/(?!(?:.*/)?(?:subsrt-ts|content-disposition|cookie)/)'],
  // The sources name a lazily loaded module by its compiled name (`import('./worker-run.js')`, as
  // TypeScript's nodenext resolution requires); under Jest that is the .ts file beside it.
  moduleNameMapper: { '^(\\.{1,2}/(?:.*/)?[^/]*-run)\\.js$': '$1' },
  testTimeout: 60000,
  // Jest's default on two cores is one worker, running the files one after another; many of them
  // wait on child processes, servers and retry back-offs, so a second worker overlaps that waiting.
  maxWorkers: 2,
};
