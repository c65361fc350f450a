import { EN } from '../helpers/english';
import { handOverPhrase } from '../../src/align/boundary-evidence';

describe('handOverPhrase: how chairs move on and hand over', () => {
  test.each([
    'that brings us to second roster communications',
    'this brings us to item 14',
    'which brings us now to public hearings',
    'moving on to the consent agenda',
    "we'll go on now with the finance committee report",
    'we will go on to 16b',
    'we now move to new business',
    'we turn now to item five',
    'next item please',
    'next on the agenda is the zoning appeal',
    'our next speaker is from the planning department',
    'i give the floor to council member smith',
    'i now give the floor to our first panelist',
    'let me hand it over to the chair',
    'i call this meeting to order',
    'that concludes our public hearings',
    'under item seven we have two resolutions',
    'madam clerk, please read the next item',
  ])('"%s" hands over', (text) => {
    expect(handOverPhrase(text, EN.meeting.handOver)).not.toBeNull();
  });

  test.each([
    'he moved on to another job',
    'i want to give you a call',
    'we go on and on about this',
    'give me a minute',
    'the floor was wet',
    'when we get to the budget next year',
    'going to the store',
    'the park needs trees',
  ])('"%s" does not', (text) => {
    expect(handOverPhrase(text, EN.meeting.handOver)).toBeNull();
  });

  // Common ways of moving on: "now we come to" (the usual form in international meetings), "the
  // floor is yours", "let us proceed with", "up next".
  test.each([
    'and now we come to the minutes',
    'we now come to the reports of the committees',
    'the floor is yours',
    'let us proceed with the budget',
    'up next is the budget',
  ])('"%s" hands over', (text) => {
    expect(handOverPhrase(text, EN.meeting.handOver)).not.toBeNull();
  });
});
