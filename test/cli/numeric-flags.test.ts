import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import { portNumber, positiveInteger, recordingTimeFlag } from '../../src/cli/numeric-flags';

function capture(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (s) => void (out += s), err: (s) => void (err += s), isTty: false, stdout: () => out, stderr: () => err };
}

describe('numeric flag parsers', () => {
  test('positiveInteger takes plain digits from 1 up', () => {
    expect(['1', '30', '60000', '9007199254740991'].map(positiveInteger)).toEqual([1, 30, 60_000, Number.MAX_SAFE_INTEGER]);
    for (const bad of ['0', '-3', '2.5', 'ten', '', ' 5', '1e3', '0x10', '9007199254740992']) {
      expect(() => positiveInteger(bad)).toThrow('Expected a whole number from 1 up.');
    }
  });

  test('portNumber takes 0 to 65535', () => {
    expect(['0', '3000', '65535'].map(portNumber)).toEqual([0, 3000, 65_535]);
    for (const bad of ['65536', '-1', '80.5', 'http']) expect(() => portNumber(bad)).toThrow('Expected a port number from 0 to 65535 (0: any free port).');
  });

  test('recordingTimeFlag takes seconds or [hh:]mm:ss, in ms', () => {
    expect(['90', '1:30', '00:01:30', '00:01:30.5'].map(recordingTimeFlag)).toEqual([90_000, 90_000, 90_000, 90_500]);
    for (const bad of ['1:75', 'noon', '', '-3']) expect(() => recordingTimeFlag(bad)).toThrow('Expected seconds or [hh:]mm:ss.');
  });
});

describe('every numeric and time flag of recap is parsed when the command line is read', () => {
  // Each bad value is refused before the command starts work: no manifest, store or Redis is needed.
  const cases: Array<[string[], string, string]> = [
    [['process', 'no-such-event', '--summary-words', 'ten'], "--summary-words <n>", 'ten'],
    [['enqueue', 'no-such-event', '--summary-words', '0'], "--summary-words <n>", '0'],
    [['search', 'budget', '--limit', '2.5'], '--limit <n>', '2.5'],
    [['worker', '--concurrency', '0'], '--concurrency <n>', '0'],
    [['worker', '--lock-ms', 'soon'], '--lock-ms <ms>', 'soon'],
    [['worker', '--shutdown-timeout', '-5'], '--shutdown-timeout <s>', '-5'],
    [['serve', '--port', '70000'], '--port <n>', '70000'],
    [['search', 'budget', '--from', '1:75'], '--from <time>', '1:75'],
    [['search', 'budget', '--to', 'noon'], '--to <time>', 'noon'],
  ];
  test.each(cases)('%j: exit 2 naming the flag and the value', async (argv, flag, value) => {
    const io = capture();
    expect(await runCli(argv, io, { redisUrl: 'redis://127.0.0.1:1' })).toBe(2);
    expect(io.stderr()).toMatch(new RegExp(`^error: option '${flag}' argument '${value.replace('.', '\\.')}' is invalid\\. Expected (a whole number from 1 up|a port number from 0 to 65535|seconds or \\[hh:\\]mm:ss)`));
    expect(io.stdout()).toBe('');
  });
});
