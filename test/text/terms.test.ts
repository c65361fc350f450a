import { STEM_MEMO_SIZE, makeLanguage } from '../../src/text/language/make-language';
import { ENGLISH } from '../../src/text/language/en';

test('the stems memo stays bounded however many distinct words are stemmed (a server takes any word a user sends)', () => {
  let calls = 0;
  const lang = makeLanguage({ ...ENGLISH, stem: (w) => (calls++, ENGLISH.stem(w)) });
  for (let i = 0; i < STEM_MEMO_SIZE + 20_000; i++) lang.stem(`zq${i.toString(36)}ings`);
  const before = calls;
  // the oldest words were forgotten (stemmed again), the newest are remembered (not stemmed again)
  lang.stem('zq0ings');
  expect(calls).toBe(before + 1);
  lang.stem(`zq${(STEM_MEMO_SIZE + 19_999).toString(36)}ings`);
  expect(calls).toBe(before + 1);
  expect(lang.stem('budgets')).toBe('budget');
  expect(lang.stem('budgets')).toBe('budget');
  expect(calls).toBe(before + 2);
});
