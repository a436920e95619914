import { isMobile, normalizeMobile } from './mobile';

test.each([
  ['13812345678', true],
  ['19912345678', true],
  ['+86 138-1234-5678', true],
  ['8613812345678', true],
  ['12812345678', false],
  ['1381234567', false],
  ['138123456789', false],
  ['1381234567a', false],
  ['', false],
])('isMobile(%j) is %s', (raw, ok) => {
  expect(isMobile(raw)).toBe(ok);
});

test('normalization drops the country code and separators', () => {
  expect(normalizeMobile('+86 138-1234-5678')).toBe('13812345678');
});
