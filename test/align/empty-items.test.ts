import { EN } from '../helpers/english';
import { declaredEmpty } from '../../src/align/empty-items';
import { buildUnits, type Unit } from '../../src/align/units';
import type { Cue } from '../../src/model/track';
import { agendaItem } from './council-meeting';

const SECOND = 1000;

/** Units of a stretch of captions: one sentence per 5 s cue, so each cue starts a unit of 5 s. */
function unitsOf(sentences: string[]): Unit[] {
  const cues: Cue[] = sentences.map((text, i) => ({ id: String(i + 1), startMs: i * 5 * SECOND, endMs: i * 5 * SECOND + 4800, text, speaker: null }));
  return buildUnits({ cues }, 5 * SECOND, EN);
}

/** The declaration for an item titled `title` placed over all of `units`. */
function declaration(title: string, units: Unit[]) {
  return declaredEmpty(units, 0, units.length - 1, units[units.length - 1]!.endMs, EN, agendaItem('item', title));
}

describe('declaredEmpty', () => {
  test.each([
    ['13. COUNCILMEMBER COMMENTS', 'Item thirteen, councilmember comments. We have none.', 'we have none'],
    ['PUBLIC COMMENT', 'Public comment. No one has signed up to speak.', 'no one has signed up'],
    ['PUBLIC COMMENT', 'Public comment. Nobody signed up tonight.', 'nobody signed up'],
    ['OLD BUSINESS', 'Old business. We have nothing.', 'we have nothing'],
    ['ANNOUNCEMENTS', 'Any announcements? None tonight.', 'none tonight'],
    ['REPORTS FROM STAFF', "Reports from staff. We don't have any.", "we don't have any"],
    ['PROCLAMATIONS', 'Proclamations. There are none.', 'there are none'],
    ['COUNCILMEMBER COMMENTS', "Council member Smith? I'll pass.", "i'll pass"],
  ])('%s: "%s" declares the item empty in general words', (title, said, phrase) => {
    const units = unitsOf([said, 'Thank you.']);
    expect(declaration(title, units)).toEqual({ phrase, atMs: units[0]!.startMs });
  });

  test.each([
    ['HUNTSVILLE UTILITIES', 'Next, Huntsville Utilities. We have no Huntsville Utilities items.', 'no huntsville utilities items'],
    ['MAYOR: SPECIAL RECOGNITIONS', 'We have no special recognitions from the mayor.', 'no special recognitions from the mayor'],
    ['BOARD APPOINTMENTS TO BE VOTED ON', 'Uh, we have no board, board appointments to be voted on.', 'no board, board appointments'],
    ['VACATION OF RIGHTS OF WAY AND DEEDS OF ACCEPTANCE', 'We have no vacation of rights of way or deeds of acceptance.', 'no vacation of rights of way'],
    ['PRESENTATIONS', 'There were no presentations submitted.', 'no presentations'],
    ['NOMINATIONS', 'There are no nominations tonight.', 'no nominations'],
    ['COMMUNICATIONS', 'Communications. We have no communications, no.', 'no communications'],
  ])('%s: "%s" declares the item empty in the words of its title', (title, said, phrase) => {
    const found = declaration(title, unitsOf([said, 'Thank you.']));
    expect(found?.phrase).toContain(phrase);
  });

  test('a declaration in a later unit of the item\'s first 30 s is found there', () => {
    const units = unitsOf(['Item four.', 'Council member comments.', 'Let me look at my list.', 'We have none.', 'Moving on.']);
    const found = declaration('COUNCILMEMBER COMMENTS', units);
    expect(found?.phrase).toBe('we have none');
    expect(found?.atMs).toBe(units.find((u) => u.text.includes('we have none'))!.startMs);
  });

  test.each([
    ['PUBLIC COMMENT', 'We have no idea how long this will take.'],
    ['PUBLIC COMMENT', 'I have no more questions for staff.'],
    ['PUBLIC COMMENT', 'No one has ever signed up for more than three minutes.'],
    ['PUBLIC COMMENT', 'We have no quorum issues tonight.'],
    ['PUBLIC COMMENT', 'Good evening, we have a full agenda.'],
    ['ZONING', 'The county decides that, we have no bearing on it.'],
    ['APPROVAL OF MINUTES', 'If there are no other comments, all in favor say aye.'],
    ['ADJOURNMENT', 'Item six, adjournment. There being no further business, we are adjourned.'],
    ['APPROVAL OF MINUTES', 'Are there no corrections to the minutes? The minutes are approved.'],
    ['LODGING TAX', "Council member Smith, I don't have any questions, but I support it."],
  ])('%s: "%s" declares nothing empty', (title, said) => {
    expect(declaration(title, unitsOf([said, 'Thank you.']))).toBeNull();
  });

  test('said after the item\'s first 30 s, "we have none" is about something else', () => {
    const talk = Array.from({ length: 9 }, (_, i) => `Point ${i + 1} of the presentation on the water plant.`);
    const units = unitsOf(['Item five, the water plant.', ...talk, 'Questions? We have none.']);
    expect(units[units.length - 1]!.startMs).toBeGreaterThan(30 * SECOND);
    expect(declaration('WATER PLANT', units)).toBeNull();
  });

  test('an item that runs longer than two minutes is no empty item, whatever is said in it', () => {
    const units = unitsOf(['Item six, communications. We have none.', 'Thank you.']);
    const item = agendaItem('item', 'COMMUNICATIONS');
    expect(declaredEmpty(units, 0, units.length - 1, 3 * 60 * SECOND, EN, item)).toBeNull();
    expect(declaredEmpty(units, 0, units.length - 1, 60 * SECOND, EN, item)).not.toBeNull();
  });

  test('only the item\'s own units count: a declaration before its first unit is not its own', () => {
    const units = unitsOf(['We have none.', 'Item seven, the budget.', 'The budget is balanced.']);
    expect(declaredEmpty(units, 1, 2, units[2]!.endMs, EN, agendaItem('item', 'BUDGET'))).toBeNull();
  });

  test('in the next item\'s first unit, a declaration is this item\'s when it names this item, or comes before the next one is announced', () => {
    // the item ends at 5 s; its declaration shares the next item's first unit
    const units = unitsOf(['Item three, zoning.', 'We have no zoning items. Item four, the parks.']);
    const [zoning, parks] = [agendaItem('zoning', 'ZONING'), agendaItem('parks', 'PARKS')];
    expect(declaredEmpty(units, 0, 1, 5 * SECOND, EN, zoning, parks)?.phrase).toContain('no zoning items');
    const before = unitsOf(['Item three, zoning.', 'We have none. Item four, the parks.']);
    expect(declaredEmpty(before, 0, 1, 5 * SECOND, EN, zoning, parks)?.phrase).toBe('we have none');
    // said after the next item is announced, it is the next item's
    const after = unitsOf(['Item three, zoning.', 'Item four, the parks. We have none.']);
    expect(declaredEmpty(after, 0, 1, 5 * SECOND, EN, zoning, parks)).toBeNull();
  });

  test('one declaration empties one item', () => {
    const units = unitsOf(['Item three, zoning. Item four, zoning appeals.', 'We have no zoning items.']);
    const taken = new Set<string>();
    const first = declaredEmpty(units, 0, 1, units[1]!.endMs, EN, agendaItem('a', 'ZONING'), undefined, taken);
    expect(first).not.toBeNull();
    expect(declaredEmpty(units, 0, 1, units[1]!.endMs, EN, agendaItem('b', 'ZONING APPEALS'), undefined, taken)).toBeNull();
  });

  // Public comment declared empty in the words of public comment ("there are no speakers", "we
  // have no speaker cards"): "speakers" and "cards" are not in "PUBLIC COMMENT", so the general
  // phrases must know them.
  test.each([
    'Public comment. There are no speakers tonight.',
    'We have no speaker cards tonight.',
    'Public comment. There are no speakers signed up.',
  ])('PUBLIC COMMENT: "%s" declares the item empty', (said) => {
    expect(declaration('PUBLIC COMMENT', unitsOf([said, 'Thank you.']))).not.toBeNull();
  });

  // A "we have no" or "there is no" followed by half the title's words empties the item only when
  // the "no" negates the item itself: not "no other choice than to amend the budget" in a budget
  // amendment, nor "no doubt that the road needs repair". The items took place.
  test.each([
    ['BUDGET AMENDMENT', 'Item six, the budget amendment. We have no other choice than to amend the budget.'],
    ['ROAD REPAIR', 'There is no doubt that the road needs repair.'],
  ])('%s: "%s" is an item that took place', (title, said) => {
    expect(declaration(title, unitsOf([said, 'Thank you.']))).toBeNull();
  });

  // "I don't see any" / "I don't see anyone" answer a call for corrections, questions or
  // objections; the item then goes on to a vote, so it took place.
  test.each([
    ['APPROVAL OF MINUTES', ['Approval of the minutes.', 'Are there any corrections to the minutes?', "I don't see any.", 'The minutes stand approved as distributed.']],
    ['CONSENT AGENDA', ['Item two, the consent agenda.', 'Any questions from council?', "I don't see anyone.", 'All in favor say aye. The motion carries.']],
  ])('%s: %j is an item that took place', (title, sentences) => {
    expect(declaration(title, unitsOf(sentences))).toBeNull();
  });
});
