import { freeTextFor, redactFreeText } from './redact-free-text';

describe('redactFreeText', () => {
  test.each([
    ['a mobile', '有事打我电话13812345678谢谢', '有事打我电话*******5678谢谢'],
    ['a mobile in groups', '电话 138 1234 5678', '电话 *** **** 5678'],
    ['a mobile with dashes', '电话138-1234-5678。', '电话***-****-5678。'],
    ['a mobile with +86', '+8613812345678', '+*********5678'],
    ['an ID number', '身份证622921198001010111', '身份证**************0111'],
    ['an ID number ending in X', '身份证62292119800101234x', '身份证**************234x'],
    ['an ID number in groups', '622921 19800101 0111', '****** ******** 0111'],
    ['an old 15-digit ID', '622921800101011', '***********1011'],
    ['a bank card', '卡号6222 0212 3456 7890 123', '卡号**** **** **** ***0 123'],
    ['a landline', '村委会 0930-1234567', '村委会 ****-***4567'],
    ['full-width digits', '电话１３８１２３４５６７８', '电话*******５６７８'],
    ['two numbers', '13812345678 或 13987654321', '*******5678 或 *******4321'],
  ])('%s is masked to its last 4', (_, text, masked) => {
    expect(redactFreeText(text)).toBe(masked);
  });

  test.each([
    ['a year', '1970年代的老照片'],
    ['a date', '2026-12-01 上午九点'],
    ['a date without dashes', '20261201'],
    ['an amount', '看病花了23000元，报销了12000元'],
    ['a short number', '第3组，门牌号 128 号'],
    ['an 11-digit number that is no mobile', '编号 12345678901'],
    ['a plain sentence', '村口的老柳树下'],
  ])('%s stays as written', (_, text) => {
    expect(redactFreeText(text)).toBe(text);
  });
});

describe('freeTextFor', () => {
  const story = '联系我13812345678';
  test.each([
    ['its author', 'u1', story],
    ['someone else', 'u2', '联系我*******5678'],
    ['an anonymous reader', null, '联系我*******5678'],
  ])('%s sees the text accordingly', (_, viewer, shown) => {
    expect(freeTextFor(story, 'u1', viewer)).toBe(shown);
  });
  test('text without an author is redacted for everyone', () => {
    expect(freeTextFor(story, null, null)).toBe('联系我*******5678');
  });
});
