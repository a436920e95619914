import {
  certificateSerial,
  EXAMPLE_SERIAL,
  isWellFormedSerial,
  SERIAL_PATTERN,
} from './certificate-serial';

describe('certificate serials', () => {
  test('carry a random part and a check letter', () => {
    const serial = certificateSerial(2026, 123, '7K4QM');
    expect(serial).toMatch(/^LX2026-000123-7K4QM-[A-Z]$/);
    expect(isWellFormedSerial(serial)).toBe(true);
  });

  test.each([
    ['the new form', certificateSerial(2026, 1, 'ABCDE'), true],
    ['an old serial (no random part)', 'LX2026-000123-E', true],
    ['a wrong check letter', certificateSerial(2026, 1, 'ABCDE').replace(/.$/, 'Z'), false],
    [
      'a changed random character',
      certificateSerial(2026, 1, 'ABCDE').replace('ABCDE', 'ABCDF'),
      false,
    ],
    ['confusable characters', 'LX2026-000001-AB0DE-A', false],
    ['lower case', certificateSerial(2026, 1, 'ABCDE').toLowerCase(), false],
  ])('%s → %s', (_, serial, ok) => {
    expect(isWellFormedSerial(serial)).toBe(ok);
  });

  test('the old form still has its check letter checked', () => {
    const good = 'LX2026-000123-E'; // as issued before the random part
    expect(SERIAL_PATTERN.test(good)).toBe(true);
    expect(isWellFormedSerial('LX2026-000123-A')).toBe(false);
  });

  test('a bad random part is a programming error', () => {
    expect(() => certificateSerial(2026, 1, 'abc')).toThrow();
  });
});

test('the example serial shown to users passes its own check', () => {
  expect(isWellFormedSerial(EXAMPLE_SERIAL)).toBe(true);
  expect(EXAMPLE_SERIAL).toBe(certificateSerial(2026, 123, '7K4QM'));
});
