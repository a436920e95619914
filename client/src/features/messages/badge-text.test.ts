import { badgeText } from './unread-badge';

test.each([
  [0, null],
  [-1, null],
  [1, '1'],
  [99, '99'],
  [100, '99+'],
])('%i unread shows %p on the tab', (count, text) => {
  expect(badgeText(count)).toBe(text);
});
