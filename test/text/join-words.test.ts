import { joinText, separatorBetween } from '../../src/text/join-words';

describe('joining pieces of text as their script writes them', () => {
  test('Chinese and Japanese pieces close up; Latin words and Korean keep their space', () => {
    expect(joinText(['城市标准。', '谢谢。'])).toBe('城市标准。谢谢。');
    expect(joinText(['会議を', 'はじめます。'])).toBe('会議をはじめます。');
    expect(joinText(['我们讨论', 'COP28', '的成果'])).toBe('我们讨论 COP28 的成果');
    expect(joinText(['회의를', '시작합니다.'])).toBe('회의를 시작합니다.');
  });

  test('a Han character outside the Basic Multilingual Plane (a surrogate pair) closes up like any other', () => {
    // 𠮷 (U+20BB7) is written in names such as 𠮷野家
    expect(separatorBetween('𠮷', '野家')).toBe('');
    expect(separatorBetween('吉野', '𠮷')).toBe('');
    expect(joinText(['𠮷', '野家は'])).toBe('𠮷野家は');
  });
});
