import { parseUserSearch, phoneLast4 } from './user-search';

test.each([
  ['5678', { by: 'phone_last4', last4: '5678' }],
  [' 5678 ', { by: 'phone_last4', last4: '5678' }],
  ['马', { by: 'name', prefix: '马' }],
  ['马文礼', { by: 'name', prefix: '马文礼' }],
  ['567', { by: 'name', prefix: '567' }],
  ['', null],
  ['   ', null],
] as const)('search %j', (q, expected) => {
  expect(parseUserSearch(q)).toEqual(expected);
});

test('the last 4 of a phone', () => {
  expect(phoneLast4('13812345678')).toBe('5678');
});
