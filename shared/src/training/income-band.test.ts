import { incomeBandOf } from './income-band';

test.each([
  [0, 'under_3000'],
  [2999, 'under_3000'],
  [3000, '3000_4999'],
  [4999, '3000_4999'],
  [5000, '5000_7999'],
  [7999, '5000_7999'],
  [8000, '8000_up'],
  [50000, '8000_up'],
])('a monthly income of %i yuan falls in band %s', (income, band) => {
  expect(incomeBandOf(income)).toBe(band);
});
