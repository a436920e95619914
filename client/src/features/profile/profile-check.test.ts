import { PRIVACY_NOTICE_VERSION as CONTRACT_VERSION } from '@shared/users/users-contract';
import { PRIVACY_NOTICE_VERSION, checkProfile, type ProfileForm } from './profile-check';
import type { MeView } from './users-api';

const me: MeView = {
  userId: 'u-1',
  role: 'villager',
  name: null,
  phoneMasked: null,
  idNumberMasked: null,
  orgUnitId: 'village-zheqiao-qimou',
  villageId: 'village-zheqiao-qimou',
  townId: 'town-zheqiao',
  orgUnitName: '祁牟村',
  profileComplete: false,
  hasHousehold: false,
};
const form = (patch: Partial<ProfileForm>): ProfileForm => ({
  name: '马小英',
  phone: '13912345678',
  idNumber: '',
  villageId: 'village-zheqiao-qimou',
  consent: false,
  ...patch,
});

test('the consent version is the contract’s', () => {
  expect(PRIVACY_NOTICE_VERSION).toBe(CONTRACT_VERSION);
});

test('an ID number is not sent without the consent; with it, it goes with the version', () => {
  const refused = checkProfile(form({ idNumber: '110105194912310021' }), me);
  expect(refused).toMatchObject({ ok: false, fieldErrors: { idNumber: expect.any(String) } });
  const valid = '11010519491231002X';
  expect(checkProfile(form({ idNumber: valid }), me)).toEqual({
    ok: false,
    fieldErrors: { consentVersion: expect.stringContaining('我已阅读并同意') },
  });
  expect(checkProfile(form({ idNumber: valid.toLowerCase(), consent: true }), me)).toEqual({
    ok: true,
    payload: {
      name: '马小英',
      phone: '13912345678',
      idNumber: valid,
      consentVersion: PRIVACY_NOTICE_VERSION,
    },
  });
});

test.each([
  [{ name: '' }, 'name', '请填写您的姓名'],
  [{ name: '马1' }, 'name', '姓名只能包含汉字或字母'],
  [{ phone: '12345' }, 'phone', '手机号应为11位，以1开头'],
  [{ phone: '' }, 'phone', '请填写手机号，村里有事好联系您'],
  [{ villageId: null }, 'villageId', '请选择您所在的村'],
] as const)('%j is refused under %s', (patch, field, message) => {
  expect(checkProfile(form(patch), me)).toEqual({
    ok: false,
    fieldErrors: { [field]: message },
  });
});

test('a phone on file may stay empty; a household’s village is not sent', () => {
  const onFile = { ...me, phoneMasked: '139****5678', hasHousehold: true };
  expect(checkProfile(form({ phone: '', villageId: 'village-other' }), onFile)).toEqual({
    ok: true,
    payload: { name: '马小英' },
  });
  expect(checkProfile(form({ villageId: 'village-nanlong-jiangpai' }), me)).toMatchObject({
    ok: true,
    payload: { villageId: 'village-nanlong-jiangpai' },
  });
});
