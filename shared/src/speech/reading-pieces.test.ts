import { splitForReading } from './reading-pieces';

test('short text is one piece', () => {
  expect(splitForReading('  教育资助政策。  ')).toEqual(['教育资助政策。']);
});

test('whole sentences are packed into pieces within the bound, in order, nothing lost', () => {
  const sentence = (n: number) => `第${'一二三四五六七八九十'[n % 10]}句话讲的是村里的事情。`; // 13 characters
  const text = Array.from({ length: 20 }, (_, i) => sentence(i + 1)).join('');
  const pieces = splitForReading(text, 40);
  expect(pieces.every((p) => p.length <= 40)).toBe(true);
  expect(pieces.join('')).toBe(text);
  // each piece ends at a sentence end
  expect(pieces.every((p) => p.endsWith('。'))).toBe(true);
  expect(pieces.length).toBe(Math.ceil(20 / 3));
});

test('a sentence longer than a piece is cut at commas, a clause longer still in the middle', () => {
  const long = `${'甲'.repeat(30)}，${'乙'.repeat(30)}，${'丙'.repeat(70)}。`;
  const pieces = splitForReading(long, 50);
  expect(pieces.every((p) => p.length <= 50)).toBe(true);
  expect(pieces.join('')).toBe(long);
  expect(pieces[0]).toBe(`${'甲'.repeat(30)}，`);
});

test('blank and punctuation-only text gives no pieces; a bad bound is refused', () => {
  expect(splitForReading('  \n 。。 ')).toEqual([]);
  expect(() => splitForReading('你好', 0)).toThrow();
});

test('line breaks end a sentence and become spaces inside a piece', () => {
  expect(splitForReading('标题\n正文第一段。')).toEqual(['标题 正文第一段。']);
});
