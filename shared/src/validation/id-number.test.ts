import { ageFromIdNumber, checkIdNumber, idNumberCheckChar } from './id-number';

const valid = (first17: string) => first17 + idNumberCheckChar(first17);
const today = new Date('2026-11-28T00:00:00Z');

describe('GB 11643 ID numbers', () => {
  test.each([
    ['published sample with X check char', '11010519491231002X', null],
    ['published sample with digit check char', '440524188001010014', 'birth_date'],
    ['valid computed number', valid('62290119850615123'), null],
    ['lower-case x is accepted', valid('62292119900101002').replace('X', 'x'), null],
    ['wrong check digit', '110105194912310021', 'checksum'],
    ['17 digits', '11010519491231002', 'format'],
    ['19 digits', '11010519491231002X1', 'format'],
    ['letters inside', '1101051949123100AX', 'format'],
    ['February 30th', valid('62290119900230123'), 'birth_date'],
    ['month 13', valid('62290119901301123'), 'birth_date'],
    ['born in the future', valid('62290120300101123'), 'birth_date'],
    ['born 1899', valid('62290118991231123'), 'birth_date'],
    ['29 Feb in a leap year', valid('62290120000229123'), null],
    ['29 Feb in a common year', valid('62290120010229123'), 'birth_date'],
    [
      'spaces are ignored',
      `${valid('62290119850615123').slice(0, 6)} ${valid('62290119850615123').slice(6)}`,
      null,
    ],
  ])('%s', (_label, id, expected) => {
    expect(checkIdNumber(id, today)).toBe(expected);
  });

  test('age counts whole years up to the birthday', () => {
    const id = valid('62290119601129123');
    expect(ageFromIdNumber(id, today)).toBe(65);
    expect(ageFromIdNumber(id, new Date('2026-11-29T00:00:00Z'))).toBe(66);
  });
});
