import { maskIdNumber, maskMobile, maskName } from './mask';
import { containsSensitiveNumber, redactSensitiveText } from './redact-sensitive-text';

test('ID numbers show the last 4 only', () => {
  expect(maskIdNumber('62290119850615123X')).toBe('**************123X');
});
test('mobiles show 3 + 4', () => {
  expect(maskMobile('13812345678')).toBe('138****5678');
});
test.each([
  ['马', '马'],
  ['马丽', '马*'],
  ['马文礼', '马*礼'],
  ['欧阳娜娜', '欧**娜'],
])('name %s masks to %s', (name, masked) => {
  expect(maskName(name)).toBe(masked);
});

test('free text is redacted of ID- and phone-shaped numbers, other numbers stay', () => {
  const text = 'id 62290119850615123X phone 13812345678 order 20261128 amount 12345';
  const out = redactSensitiveText(text);
  expect(out).toBe('id 6229**********123X phone 138****5678 order 20261128 amount 12345');
  expect(containsSensitiveNumber(text)).toBe(true);
  expect(containsSensitiveNumber(out)).toBe(false);
});
