import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { ituEventDir } from '../helpers/fixture-store';
import { expectGolden } from '../helpers/golden';

/**
 * Golden files of the ITU fixture event: every session's transcript.md, the first 50 lines of
 * segments.jsonl, alignment.json and summary.json, as `recap process` writes them. After a
 * deliberate change, regenerate with `UPDATE_GOLDEN=1 npx jest test/split/golden` and review the
 * diff before committing.
 */
const GOLDEN = path.join(__dirname, 'golden');
const SEGMENT_LINES = 50;

let eventDir: string;
beforeAll(async () => {
  eventDir = await ituEventDir();
});

const compare = (name: string, actual: string) => expectGolden(GOLDEN, name, actual, 'test/split/golden');

describe('golden files of the ITU fixture event', () => {
  test('every session has a transcript, and each transcript.md matches its golden copy', () => {
    const sessions = readdirSync(path.join(eventDir, 'sessions')).sort();
    expect(sessions).toEqual(['opening', 'session-1', 'session-2', 'session-3']);
    for (const id of sessions) compare(`${id}.transcript.md`, readFileSync(path.join(eventDir, 'sessions', id, 'transcript.md'), 'utf8'));
  });

  test(`the first ${SEGMENT_LINES} lines of segments.jsonl match the golden copy`, () => {
    const lines = readFileSync(path.join(eventDir, 'segments.jsonl'), 'utf8').split('\n').slice(0, SEGMENT_LINES);
    compare('segments.head.jsonl', `${lines.join('\n')}\n`);
  });

  test.each(['alignment.json', 'summary.json'])('%s matches its golden copy', (name) => {
    compare(name, readFileSync(path.join(eventDir, name), 'utf8'));
  });
});
