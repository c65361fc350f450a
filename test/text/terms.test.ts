import { STEM_MEMO_SIZE, stemMemoSize, stemWord } from '../../src/text/terms';

test('the stems memo stays bounded however many distinct words are stemmed (a server takes any word a user sends)', () => {
  for (let i = 0; i < STEM_MEMO_SIZE + 20_000; i++) stemWord(`zq${i.toString(36)}ings`);
  expect(stemMemoSize()).toBe(STEM_MEMO_SIZE);
  expect(stemWord('budgets')).toBe('budget');
  expect(stemWord('budgets')).toBe('budget');
});
