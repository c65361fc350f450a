import { isCi, missingMessage, verdictFor, type Requirement } from './requirements';

const present: Requirement = { what: 'redis-server', present: true, hint: '.ci/run installs it' };
const absent: Requirement = { ...present, present: false };

describe('tests needing something from outside the repo', () => {
  test('run where it is there, CI or not', () => {
    expect(verdictFor(present, {})).toBe('run');
    expect(verdictFor(present, { CI: 'true' })).toBe('run');
  });

  test('a missing one skips the tests on a user\'s clone and fails them under CI=true', () => {
    expect(verdictFor(absent, {})).toBe('skip');
    expect(verdictFor(absent, { CI: 'false' })).toBe('skip');
    expect(verdictFor(absent, { CI: 'true' })).toBe('fail');
    expect(verdictFor(absent, { CI: '1' })).toBe('fail');
    expect(isCi({ CI: 'TRUE' })).toBe(true);
    expect(isCi({ CI: '' })).toBe(false);
  });

  test('the notice names the tests, what is missing and how to get it', () => {
    expect(missingMessage(absent, 'queue mode')).toBe('queue mode: redis-server is missing (.ci/run installs it)');
  });
});
