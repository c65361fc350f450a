import { EN } from '../helpers/english';
import { spokenItemLabels, titleItemLabel } from '../../src/align/item-labels';

describe('titleItemLabel: the number an agenda writes before an item', () => {
  test.each([
    ['13. COUNCILMEMBER COMMENTS', '#13'],
    ['7: Roll call', '#7'],
    ['14a) Zoning variance', '#14a'],
    ['14A. Zoning variance', '#14a'],
    ['Item 14A', '#14a'],
    ['Item 14A: Budget amendment', '#14a'],
    ['ITEM 14-A Budget amendment', '#14a'],
    ['Agenda item 9 Public hearing', '#9'],
    ['Docket #0710 Order for a hearing on parking', '#710'],
    ['Docket # 0710', '#710'],
    ['No. 3 Minutes of the last meeting', '#3'],
    ['#12 Zoning', '#12'],
    ['6.A Resolution to accept a grant', '#6a'],
    ['6-B Ordinance on noise', '#6b'],
    ['B) Public comment', '#b'],
    ['a. Minutes', '#a'],
    ['Item E. Minutes', '#e'],
  ])('"%s" is %s', (title, label) => {
    expect(titleItemLabel(title)).toBe(label);
  });

  test.each([
    '2026 budget',
    '2026 Budget Hearing',
    '3 Rivers Park improvements',
    'Public comment',
    'A resolution to approve the budget',
    'Page 13. Reports',
    'Approval of minutes (item 4 of last meeting)',
    '',
  ])('"%s" has no label: a number or letter is a label only where the title starts with one written as such', (title) => {
    expect(titleItemLabel(title)).toBeNull();
  });

  test('a leading zero is dropped, so paper and speech give one label', () => {
    expect(titleItemLabel('Docket #0710')).toBe(titleItemLabel('Docket #710'));
  });

  // A number and letter joined by "." or "-" are a label wherever the label ends: at the end of the
  // title or before a comma too (not "6." alone).
  test.each([
    ['6.A', '#6a'],
    ['6.A, Resolution to accept a grant', '#6a'],
    ['6-B', '#6b'],
  ])('"%s" is %s wherever the label ends', (title, label) => {
    expect(titleItemLabel(title)).toBe(label);
  });
});

describe('spokenItemLabels: the numbers a chair reads out', () => {
  test.each([
    ['item thirteen, council member comments', '#13'],
    ['that brings us to item 13.', '#13'],
    ['item number three, public comment', '#3'],
    ['agenda item 7 is the budget', '#7'],
    ['item twenty-one', '#21'],
    ['item twenty one, adjournment', '#21'],
    ['item ninety-nine', '#99'],
    ['item fourteen b', '#14b'],
    ['item 14a, the zoning variance', '#14a'],
    ['item 14 a.', '#14a'],
    ['item 14-a', '#14a'],
    ['item 14 b as in boy', '#14b'],
    ['item six a as in apple, a resolution', '#6a'],
    ['item e as in egg', '#e'],
    ['item b, the minutes', '#b'],
    ['docket number 0710', '#710'],
    ['docket no. 0710', '#710'],
    ['docket 0710, an order for a hearing', '#710'],
    ['matter number 5', '#5'],
    ['6a is a resolution authorizing the purchase', '#6a'],
    ['thank you. 7 is an ordinance amending the code', '#7'],
    ['next is 6a. 6a is a resolution', '#6a'],
  ])('"%s" names %s', (text, label) => {
    expect(spokenItemLabels(text, EN.meeting.spokenItems)).toContain(label);
  });

  test('an item said with a letter also names the item without it (agendas number some items without one)', () => {
    expect(spokenItemLabels('item fourteen b', EN.meeting.spokenItems)).toEqual(expect.arrayContaining(['#14', '#14b']));
    expect(spokenItemLabels('6a is a resolution', EN.meeting.spokenItems)).toEqual(expect.arrayContaining(['#6', '#6a']));
  });

  test.each([
    ['item 6 a resolution to approve the contract', '#6a'],
    ['item six a resolution', '#6a'],
    ['item 14 a public hearing on zoning', '#14a'],
  ])('"%s": a spaced "a" before more words is the article, not a letter (no %s)', (text, letter) => {
    const got = spokenItemLabels(text, EN.meeting.spokenItems);
    expect(got).not.toContain(letter);
    expect(got).toContain(letter.slice(0, -1));
  });

  test.each([
    'please turn to page 13',
    'we are on page 13 of the packet',
    'in the 2026 budget we spent 300 dollars',
    'it is 7 is an ordinance',
    'item a resolution',
    'thirteen people came',
    'item',
    '',
  ])('"%s" names no item', (text) => {
    expect(spokenItemLabels(text, EN.meeting.spokenItems)).toEqual([]);
  });

  test.each([
    ['13. COUNCILMEMBER COMMENTS', 'item thirteen, council member comments'],
    ['Item 14A Zoning variance', 'we go on now with item fourteen a.'],
    ['Item 14A Zoning variance', 'item 14 a as in apple'],
    ['Docket #0710 Order for a hearing', 'docket number 0710'],
    ['6.A Resolution to accept a grant', '6a is a resolution to accept a grant'],
    ['B) Public comment', 'item b as in boy'],
    ['Item E. Minutes', 'item e as in egg'],
    ['21. Adjournment', 'item twenty-one, adjournment'],
  ])('paper and speech meet: "%s" ~ "%s"', (title, spoken) => {
    const label = titleItemLabel(title);
    expect(label).not.toBeNull();
    expect(spokenItemLabels(spoken, EN.meeting.spokenItems)).toContain(label);
  });

  test('a different number said does not meet the title', () => {
    expect(spokenItemLabels('item fourteen, the budget', EN.meeting.spokenItems)).not.toContain(titleItemLabel('13. COUNCILMEMBER COMMENTS'));
    expect(spokenItemLabels('item thirty-one', EN.meeting.spokenItems)).not.toContain(titleItemLabel('21. Adjournment'));
  });

  // Chairs announce items by number right after a hand-over ("that brings us to 19, unfinished
  // business items", "we'll go on to 16B") or as "21C is the introduction of an ordinance".
  test.each([
    ['so that brings us to 19, unfinished business items for action.', '#19'],
    ['this brings us to 20 new business items for consideration.', '#20'],
    ["we'll go on to 16b.", '#16b'],
    ['moving on to 7, announcements and presentations.', '#7'],
    ['21c is the introduction of an ordinance to amend the code.', '#21c'],
  ])('"%s" names %s', (text, label) => {
    expect(spokenItemLabels(text, EN.meeting.spokenItems)).toContain(label);
  });
});
