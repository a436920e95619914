import { HOUSEHOLD_CONSENT_VERSION as SERVER_CONSENT } from '@shared/households/household-schemas';
import { UpdateHouseholdInput, CreateHouseholdInput } from '@shared/households/household-schemas';
import type { HouseholdView } from '../households-api';
import {
  HOUSEHOLD_CONSENT_VERSION,
  checkHouseholdForm,
  emptyHouseholdForm,
  emptyMember,
  formFromHousehold,
  idNumberFacts,
  toCreatePayload,
  toUpdatePayload,
} from './household-form';

// 11010519491231002X is the GB 11643 standard's own example number.
const GOOD = '11010519491231002X';
const MISTYPED = '110105194912310021';

const filled = () => {
  const form = emptyHouseholdForm('village-zheqiao-qimou');
  const head = { ...emptyMember('head'), name: '马新户', idNumber: GOOD };
  const spouse = { ...emptyMember('spouse'), name: '韩新', idNumber: MISTYPED };
  return {
    ...form,
    address: '祁牟村三社8号',
    annualIncome: '24000',
    members: [head, spouse],
    consent: true,
  };
};

test('a mistyped ID number is an error on its own member row, as the server keys it', () => {
  const form = filled();
  expect(checkHouseholdForm(form, true)).toEqual({
    'members.1.idNumber': '身份证号码有误，请核对每一位',
  });
  const server = CreateHouseholdInput.safeParse(toCreatePayload(form));
  expect(server.success).toBe(false);
  expect(server.error?.issues.map((i) => i.path.join('.'))).toEqual(['members.1.idNumber']);
});

test('a filled form is what the server accepts; consent uses the server text', () => {
  expect(HOUSEHOLD_CONSENT_VERSION).toBe(SERVER_CONSENT);
  const form = filled();
  const fixed = {
    ...form,
    members: form.members.map((m, i) => (i === 1 ? { ...m, idNumber: '110105198001010016' } : m)),
  };
  expect(checkHouseholdForm(fixed, true)).toEqual({});
  expect(CreateHouseholdInput.safeParse(toCreatePayload(fixed)).success).toBe(true);
  expect(checkHouseholdForm({ ...fixed, consent: false }, true)).toHaveProperty('consent');
  expect(checkHouseholdForm({ ...fixed, address: ' ' }, true)).toHaveProperty('address');
});

test('one head per household; birth date and gender read from a valid number', () => {
  const form = filled();
  const twoHeads = {
    ...form,
    members: form.members.map((m) => ({ ...m, relation: 'head' as const })),
  };
  expect(checkHouseholdForm(twoHeads, true).members).toBe('每户要有且只有一位户主');
  expect(idNumberFacts(GOOD)).toBe('1949年12月31日出生 · 女');
  expect(idNumberFacts(MISTYPED)).toBeNull();
});

const view: HouseholdView = {
  householdId: 'hh-1',
  version: 3,
  villageId: 'village-zheqiao-qimou',
  villageName: '祁牟村',
  townId: 'town-zheqiao',
  headName: '马新户',
  address: '祁牟村三社8号',
  category: 'general',
  monitorType: null,
  folderColour: 'green',
  members: [
    {
      memberId: 'm-1',
      name: '马新户',
      relation: 'head',
      idNumberMasked: '**************002X',
      phoneMasked: '138****0001',
      age: 76,
      health: 'chronic',
      disabledSince: null,
      schoolStage: 'none',
    },
  ],
  annualIncome: 24000,
  incomePerHead: 24000,
  expenses: [],
  warnings: [],
  demo: false,
  updatedAt: '2026-12-01T00:00:00.000Z',
};

test('an edit sends only what changed, with the version it read; members on file go by memberId', () => {
  const form = formFromHousehold(view);
  expect(checkHouseholdForm(form, false)).toEqual({});
  expect(toUpdatePayload({ ...form, address: '祁牟村四社1号' }, view)).toEqual({
    householdId: 'hh-1',
    expectedVersion: 3,
    address: '祁牟村四社1号',
  });
  const added = {
    ...form,
    members: [
      ...form.members,
      { ...emptyMember('child'), name: '马小', idNumber: '110105201001010010' },
    ],
  };
  const payload = toUpdatePayload(added, view);
  expect(payload.members).toEqual([
    {
      memberId: 'm-1',
      name: '马新户',
      relation: 'head',
      health: 'chronic',
      disabledSince: null,
      schoolStage: 'none',
    },
    expect.objectContaining({ name: '马小', relation: 'child', idNumber: '110105201001010010' }),
  ]);
  expect(UpdateHouseholdInput.safeParse(payload).success).toBe(true);
});
