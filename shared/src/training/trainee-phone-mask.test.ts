import { maskPhoneToLast4 } from './trainee-phone-mask';

test('the roster shows a phone by its last 4 digits only', () => {
  expect(maskPhoneToLast4('5678')).toBe('*******5678');
});
