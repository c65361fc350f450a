import { keyphrases } from '../../src/summarize/keyphrases';
import { summarize } from '../../src/summarize/summarize';
import type { SummarySentence } from '../../src/summarize/types';
import { languageOf } from '../../src/text/language/registry';

const ENGLISH = languageOf('en');

const at = (text: string, startMs: number, recording = 'main'): SummarySentence => ({ text, recording, startMs });

const MEETING: SummarySentence[] = [
  at('Good afternoon everyone.', 0),
  at('Can you hear me?', 2000),
  at('Today the council reviews the housing budget for next year and the new rent assistance programme for tenants.', 4000),
  at('Thank you.', 9000),
  at('The housing budget grows by four million dollars, most of it for rent assistance and repairs of public housing.', 12000),
  at('Tenants told the committee that repairs in public housing take months and that rent assistance runs out too early.', 20000),
  at('Okay.', 26000),
  at('The parks department asked for two new playgrounds and longer opening hours for the pools in summer.', 30000),
  at('The committee voted to approve the housing budget and asked staff to report on repairs in three months.', 40000),
  at('Thank you all, see you next week.', 50000),
];

describe('extractive summaries', () => {
  test('never exceed the word budget, keep whole sentences, and come back in time order', () => {
    for (const budget of [10, 25, 40, 80, 1000]) {
      const s = summarize(MEETING, { maxWords: budget, language: ENGLISH });
      expect(s.words).toBeLessThanOrEqual(budget);
      expect(s.words).toBe(s.sentences.reduce((n, x) => n + x.text.split(/\s+/).length, 0));
      for (const x of s.sentences) expect(MEETING.map((m) => m.text)).toContain(x.text);
      const times = s.sentences.map((x) => x.startMs);
      expect([...times].sort((a, b) => a - b)).toEqual(times);
    }
  });

  test('prefer informative, central sentences over greetings, thanks and technical checks', () => {
    const s = summarize(MEETING, { maxWords: 45, language: ENGLISH });
    const texts = s.sentences.map((x) => x.text).join(' ');
    expect(texts).toMatch(/housing budget/);
    expect(texts).not.toMatch(/Can you hear me|Thank you|Good afternoon|Okay/);
  });

  test('penalise redundancy: two near-identical sentences are not both taken', () => {
    const twice = [...MEETING, at('The housing budget grows by four million dollars, most of it for rent assistance and repairs of public housing.', 55000)];
    const s = summarize(twice, { maxWords: 60, language: ENGLISH });
    const repeats = s.sentences.filter((x) => x.text.startsWith('The housing budget grows'));
    expect(repeats.length).toBeLessThanOrEqual(1);
  });

  test('each sentence keeps its recording and time so a reader can jump to it', () => {
    const s = summarize([at('The harbour authority presented the dredging plan for the eastern basin and its costs.', 7000, 'day-2')], { maxWords: 50, language: ENGLISH });
    expect(s.sentences).toEqual([{ text: 'The harbour authority presented the dredging plan for the eastern basin and its costs.', recording: 'day-2', startMs: 7000 }]);
  });

  test('keyphrases are the recurring content phrases', () => {
    expect(keyphrases(MEETING.map((m) => m.text), 3, ENGLISH)).toEqual(expect.arrayContaining(['housing budget']));
  });

  test('words said in any meeting are no keyphrase on their own, whatever their stem looks like', () => {
    const texts = ['People came today.', 'Many people spoke today about the harbour.', 'Today people asked about the harbour dredging.', 'Thanks, everyone, for the minutes of the meeting.', 'Everyone read the minutes before the meeting.'];
    const phrases = keyphrases(texts, 10, ENGLISH);
    expect(phrases).toEqual(expect.arrayContaining(['harbour']));
    for (const generic of ['people', 'today', 'everyone', 'minutes', 'meeting']) expect(phrases).not.toContain(generic);
  });
});

describe('the agenda says what a session is about', () => {
  test('a sentence on the session topic is preferred to an equally central one off it', () => {
    const sentences = [
      at('The harbour authority explained the dredging plan for the eastern basin and the cost of moving the silt.', 0),
      at('The parks department asked for new playgrounds, longer pool hours and more benches along the river walk.', 5000),
      at('Residents of the eastern basin asked when the dredging would start and how long the noise would last.', 10000),
      at('Families told the parks department that the river walk needs shade, benches and drinking fountains.', 15000),
    ];
    const pick = (topic?: string) => summarize(sentences, { maxWords: 20, language: ENGLISH, ...(topic ? { topic } : {}) }).sentences.map((s) => s.text);
    expect(pick('Parks: playgrounds and the river walk').join(' ')).toMatch(/parks department/);
    expect(pick('Harbour dredging in the eastern basin').join(' ')).toMatch(/dredging/);
  });
});

describe('a line said again', () => {
  test('is never picked twice, as rolling captions and repeated announcements would have it', () => {
    const line = 'The library will extend its opening hours on weekends from the first of May onwards.';
    const sentences = [
      at(line, 0),
      at(line, 4000),
      at('The reading rooms get new lamps and chairs, paid from the reserve for building repairs.', 8000),
      at(line, 12000),
      at('Volunteers will run the homework club on Tuesday and Thursday afternoons for pupils.', 16000),
    ];
    const texts = summarize(sentences, { maxWords: 60, language: ENGLISH }).sentences.map((s) => s.text);
    expect(texts.filter((t) => t === line).length).toBeLessThanOrEqual(1);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.length).toBeGreaterThan(1);
  });
});
