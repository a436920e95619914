import { sensitiveFindings } from './sensitive-scan';

/*
 * The scan looks for ID-number and mobile shapes in answers and logs. Generated identifiers are
 * random hex, and a short one (a household member's 12-hex id) holds 11 digits in a row often
 * enough to fail a CI run now and then; they are not personal data and must not count.
 */

test('a member id that happens to hold a mobile shape is not a finding', () => {
  const answer = JSON.stringify({ memberId: 'a13912345678', name: '王桂兰' });
  expect(sensitiveFindings(answer, [])).toEqual([]);
});

test('any generated *Id field is ignored, whatever its length', () => {
  const answer = JSON.stringify({ householdId: 'x13812345678y', ticketId: '13712345678z' });
  expect(sensitiveFindings(answer, [])).toEqual([]);
});

test('an unmasked mobile or ID number in an ordinary field is still found', () => {
  expect(sensitiveFindings(JSON.stringify({ phone: '13912345678' }), [])).toEqual([
    'an unmasked ID-number or mobile shape',
  ]);
  expect(sensitiveFindings(JSON.stringify({ note: '身份证622901198001011234' }), [])).toEqual([
    'an unmasked ID-number or mobile shape',
  ]);
});

test('a mobile written into an id-looking field name that is not an identifier is still found', () => {
  expect(sensitiveFindings(JSON.stringify({ idNumber: '622901198001011234' }), [])).toEqual([
    'an unmasked ID-number or mobile shape',
  ]);
});

test('exact registered values are found even inside an id field', () => {
  expect(sensitiveFindings(JSON.stringify({ memberId: '13912345678' }), ['13912345678'])).toEqual([
    '13912345678',
  ]);
});
