import { EN } from '../helpers/english';
import { announcementScores } from '../../src/align/announcements';
import { lexicalScores } from '../../src/align/lexical-evidence';
import { DEFAULT_ALIGN_PARAMS } from '../../src/align/params';
import { sessionTerms } from '../../src/align/session-terms';
import { buildUnits, type Unit } from '../../src/align/units';
import type { Cue } from '../../src/model/track';
import { agendaItem } from './council-meeting';

/**
 * The two halves meet in the aligner: what a title expects (its label, its compounds) and what a
 * unit of speech offers (the labels said in it, its adjacent word pairs), so that an item whose
 * title words are never said as written is still found where the chair reads it out.
 */

/** One unit per sentence: 5 s cues, units of 5 s. */
function unitsOf(sentences: string[]): Unit[] {
  const cues: Cue[] = sentences.map((text, i) => ({ id: String(i + 1), startMs: i * 5_000, endMs: i * 5_000 + 4_800, text, speaker: null }));
  return buildUnits({ cues }, 5_000, EN);
}

const MEMBERS = agendaItem('members', '13. COUNCILMEMBER COMMENTS');
const FINANCE = agendaItem('finance', '14. FINANCE REPORT');

describe('what a title expects and a unit offers', () => {
  test('a numbered title expects its label; a title with a compound expects it however spaced', () => {
    const terms = sessionTerms(MEMBERS, EN);
    expect(terms.get('#13')).toBeGreaterThan(0);
    expect(terms.get('councilmemb')).toBeGreaterThan(0);
    expect(sessionTerms(agendaItem('x', 'Council Member Comments'), EN).get('councilmemb')).toBeGreaterThan(0);
  });

  test('a title without a number expects no label', () => {
    expect([...sessionTerms(agendaItem("x", "Finance report for 2026"), EN).keys()].filter((t) => t.startsWith('#'))).toEqual([]);
  });

  test.each([
    ['Item thirteen, council member comments.', ['#13', 'councilmemb']],
    ['We go on now with item number 13.', ['#13']],
    ['Next are the comments of each council member.', ['councilmemb']],
  ])('"%s" offers %j to match, but not to the cohesion of the talk', (said, expected) => {
    const [unit] = unitsOf([said]);
    expect(unit!.matchTerms).toEqual(expect.arrayContaining(expected));
    for (const t of expected) expect(unit!.terms).not.toContain(t);
  });

  test.each(['Please turn to page 13 of the packet.', 'The council met with every member of staff.'])('"%s" offers no label and no council member', (said) => {
    const [unit] = unitsOf([said]);
    expect(unit!.matchTerms.filter((t) => t.startsWith('#') || t === 'councilmemb')).toEqual([]);
  });

  const MEETING = [
    'The sales tax revenue is up.',
    'We appreciate the update.',
    'Item thirteen.',
    'As your council member I went to the school fair.',
    'We appreciate the update.',
    'Please turn to page 13.',
  ];

  test('a unit where the chair reads out the item speaks for that item, though no word of its title is said as written', () => {
    const units = unitsOf(MEETING);
    const [members, finance] = lexicalScores(units, [sessionTerms(MEMBERS, EN), sessionTerms(FINANCE, EN)], DEFAULT_ALIGN_PARAMS.background);
    // the read-out number and the spaced compound favour item 13
    expect(members![2]!).toBeGreaterThan(finance![2]!);
    expect(members![3]!).toBeGreaterThan(finance![3]!);
    // a page number speaks for item 13 no more than plain talk does
    expect(members![5]! - finance![5]!).toBeCloseTo(members![4]! - finance![4]!);
    expect(members![5]! - finance![5]!).toBeLessThan(members![2]! - finance![2]!);
  });

  test('the read-out number announces its item where it is said, and a page number announces nothing', () => {
    const units = unitsOf(MEETING);
    const [members, finance] = announcementScores(units, [MEMBERS, FINANCE], 5_000, EN);
    expect(members![2]!).toBeGreaterThan(0);
    expect(members![2]!).toBeGreaterThan(members![1]!);
    expect(members![5]!).toBe(0);
    expect(Math.max(...finance!)).toBe(0);
  });
});
