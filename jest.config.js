/** Jest runs TypeScript through SWC (type-checking is `tsc --noEmit`, run separately by `npm test`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }] },
  // subsrt-ts ships ESM only; let SWC turn it into CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!subsrt-ts/)'],
  testTimeout: 60000,
};
