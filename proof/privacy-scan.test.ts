import { readFileSync } from 'node:fs';
import type { GatewayProcess } from '../gateway/test-support/gateway-process';
import { startGatewayProcess } from '../gateway/test-support/gateway-process';
import { makeIdNumber } from '../cloudfunctions/platform/test-support/test-platform';
import { PRIVACY_NOTICE_VERSION } from '../shared/src/users/users-contract';
import { CLAIM_BANK_ACCOUNT, VALID_PAYLOADS, validCallFor } from './valid-payloads';
import { ACTIONS, READ_ACTIONS } from './support/action-catalog';
import { PERSONAS } from './support/personas';
import type { Persona } from './support/personas';
import type { ProofDriver } from './support/proof-driver';
import { gatewayDriver } from './support/proof-driver';
import { sensitiveFindings } from './support/sensitive-scan';

/**
 * Registers real-looking ID numbers and mobiles, and files a claim with a bank account, then
 * reads everything as everyone: no answer, no log line and no stored document holds them
 * unmasked (the account shows as its last 4 digits only).
 */

let gw: GatewayProcess;
let d: ProofDriver;
const registered: string[] = [];
const responses: Array<{ label: string; text: string }> = [];

/**
 * Reads whose purpose is to show one full value to the one role that needs it, each audited and
 * tested on its own. Their answers may hold that value's shape, never a registered one.
 */
const DELIBERATE_REVEALS: Record<string, string> = {
  'training.traineePhone':
    "拨打 on the roster: the trainee's number to the course's trainer or an admin, audited (trainee-phone.handler.test.ts)",
};

const PEOPLE = PERSONAS.filter((p): p is Exclude<Persona, 'anonymous'> => p !== 'anonymous');

beforeAll(async () => {
  gw = await startGatewayProcess({ env: { RATE_LIMIT_PER_MINUTE: '100000', LOG_LEVEL: 'info' } });
  d = gatewayDriver(gw.url);
  let n = 0;
  for (const who of PEOPLE) {
    n++;
    const idNumber = makeIdNumber('622901', `198${n % 10}0${(n % 9) + 1}1${n % 10}`, `10${n}`);
    const phone = `13${n}${String(10_000_000 + n * 7_654_321).slice(-8)}`;
    registered.push(idNumber, phone);
    const r = await d.call(who, 'users', 'updateProfile', {
      name: '测试人员',
      phone,
      idNumber,
      consentVersion: PRIVACY_NOTICE_VERSION,
    });
    if (r.status !== 200) throw new Error(`registering ${who} failed: ${r.text}`);
    responses.push({ label: `users.updateProfile as ${who}`, text: r.text });
    // A feedback with a contact mobile, so case views have something to mask.
    const contact = `15${n}${String(20_000_000 + n * 3_141_592).slice(-8)}`;
    registered.push(contact);
    const fb = await d.call(who, 'feedback', 'submit', {
      category: 'help',
      content: `请联系我 家里的房子漏雨 ${n}`,
      contact,
    });
    if (fb.status !== 200) throw new Error(`feedback as ${who} failed: ${fb.text}`);
    responses.push({ label: `feedback.submit as ${who}`, text: fb.text });
  }
  // A 防贫保险 claim with the family's bank account.
  const claim = VALID_PAYLOADS['claims.submit'];
  if (!claim) throw new Error('no valid claims.submit');
  const filed = await d.call(claim.as, 'claims', 'submit', await claim.payload(d));
  if (filed.status !== 200) throw new Error(`claims.submit failed: ${filed.text}`);
  responses.push({ label: 'claims.submit', text: filed.text });
  registered.push(CLAIM_BANK_ACCOUNT);
}, 60_000);
afterAll(async () => {
  await gw?.stop();
});

test('the registered values are valid and distinct (so the scan has something to find)', () => {
  expect(new Set(registered).size).toBe(registered.length);
  expect(registered.length).toBe(PEOPLE.length * 3 + 1);
});

test.each(READ_ACTIONS.map((a) => [a.key, a] as const))(
  '%s answers every persona without an unmasked ID number or mobile',
  async (_key, entry) => {
    for (const who of PERSONAS) {
      const payload = await validCallFor(entry).payload(d);
      const r = await d.call(who, entry.fn, entry.action, payload);
      if (DELIBERATE_REVEALS[entry.key]) {
        expect({ who, leaked: registered.filter((v) => r.text.includes(v)) }).toEqual({
          who,
          leaked: [],
        });
        continue;
      }
      responses.push({ label: `${entry.key} as ${who}`, text: r.text });
      expect({ who, findings: sensitiveFindings(r.text, registered) }).toEqual({
        who,
        findings: [],
      });
    }
  },
  // Each persona's payload may first build its record over HTTP (a claim uploads its photos).
  30_000,
);

test('answers to the writes themselves carry masked values only', () => {
  for (const { label, text } of responses)
    expect({ label, findings: sensitiveFindings(text, registered) }).toEqual({
      label,
      findings: [],
    });
  // The masked forms did come back (the scan saw the fields it is meant to see).
  expect(responses.some((r) => /\d{3}\*{4}\d{4}/.test(r.text))).toBe(true);
  expect(responses.some((r) => /(?<![\d*])\*{14}[\dX]{4}/.test(r.text))).toBe(true);
  expect(responses.some((r) => r.text.includes('"accountLast4":"2108"'))).toBe(true);
  expect(ACTIONS.length).toBeGreaterThan(READ_ACTIONS.length);
});

test('the gateway log holds none of them', async () => {
  await new Promise((r) => setTimeout(r, 300));
  const log = gw.output();
  expect(log).toContain('"fn":"users"');
  expect(sensitiveFindings(log, registered)).toEqual([]);
});

test('the database file stores none of them in plain text', () => {
  const bytes = readFileSync(`${gw.dataDir}/palm-village.db`).toString('latin1');
  let wal = '';
  try {
    wal = readFileSync(`${gw.dataDir}/palm-village.db-wal`).toString('latin1');
  } catch {
    // no WAL file: everything is in the main file
  }
  expect(registered.filter((v) => bytes.includes(v) || wal.includes(v))).toEqual([]);
});
