import { catalogueEntryKey, eventPageKey, manifestKey } from '../../../src/model/event-layout';
import { putJson } from '../../../src/stages/json-blob';
import { ResolvedManifest } from '../../../src/model/manifest-resolved';
import { renderPagesStage } from '../../../src/stages/render-pages-stage';
import { loadEvent, newStore, processEvent, removeStores, type EventInputs } from '../../stages/event-fixture';
import { activeContent, attributeValues, scanPage, startTags } from './page-checks';

afterAll(removeStores);

/** The fixture event with a session scheduled in the evening, long after the recording ends. */
async function eventWithEveningSession(): Promise<EventInputs> {
  const event = await loadEvent();
  const evening = { id: 'evening', title: 'Evening reception', start: '2021-04-23T20:00:00+02:00', end: '2021-04-23T20:30:00+02:00' };
  return { ...event, manifest: { ...event.manifest, sessions: [...event.manifest.sessions, evening] } };
}

describe('pages of an event with a missing session', () => {
  it('list it as missing, without a transcript link, with only its scheduled bar', async () => {
    const store = newStore();
    const event = await eventWithEveningSession();
    await processEvent(store, event);
    const { outputKeys } = await renderPagesStage(store, { eventId: event.manifest.id });
    // the event page, 4 transcript pages and their folders' pages (and their script), a page per named speaker
    expect(outputKeys.filter((k) => !k.includes('/speakers/') && k !== catalogueEntryKey(event.manifest.id) && !k.endsWith('.js'))).toHaveLength(9);
    expect(outputKeys.filter((k) => k.includes('/speakers/')).length).toBeGreaterThan(4);
    const page = scanPage((await store.get(eventPageKey(event.manifest.id))).toString('utf8'));
    expect(page.problems).toEqual([]);
    expect(activeContent(page)).toEqual([]);
    const statuses = attributeValues(page, 'dd', 'class').filter((c) => c.startsWith('status-'));
    expect(statuses).toEqual(['status-aligned', 'status-aligned', 'status-aligned', 'status-aligned', 'status-missing']);
    expect(page.text).toContain('Evening reception');
    expect(page.text).toContain('not found in the recording');
    expect(attributeValues(page, 'a', 'href')).not.toContain('sessions/evening/transcript.html');
    const bars = attributeValues(page, 'rect', 'class');
    expect(bars.filter((c) => c === 'bar-aligned')).toHaveLength(4);
    expect(bars.filter((c) => c === 'bar-scheduled')).toHaveLength(5);
    expect(page.text).toMatch(/Evening reception: scheduled \d\d:\d\d:\d\d to \d\d:\d\d:\d\d; not found in the recording\./);
  });
});

describe('pages from the manifest alone', () => {
  it('make an event page that says what is not available yet', async () => {
    const store = newStore();
    const { manifest } = await loadEvent();
    await putJson(store, manifestKey(manifest.id), ResolvedManifest, manifest);
    const result = await renderPagesStage(store, { eventId: manifest.id });
    expect(result.outputKeys).toEqual([eventPageKey(manifest.id), catalogueEntryKey(manifest.id)]);
    const page = scanPage((await store.get(eventPageKey(manifest.id))).toString('utf8'));
    expect(page.problems).toEqual([]);
    expect(startTags(page, 'h1')).toHaveLength(1);
    expect(page.text).toContain('No summary is available.');
    expect(page.text).toContain('No speaker transcript is available.');
    expect(attributeValues(page, 'dd', 'class').filter((c) => c === 'status-unknown')).toHaveLength(manifest.sessions.length);
    // the schedule is still drawn, against the recording's given start
    expect(attributeValues(page, 'rect', 'class')).toEqual(manifest.sessions.map(() => 'bar-scheduled'));
  });

  it('fails without a manifest, naming the key', async () => {
    await expect(renderPagesStage(newStore(), { eventId: 'nothing-here' })).rejects.toThrow(/events\/nothing-here\/manifest\.json/);
  });
});
