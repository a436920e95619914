import { ID_NUMBER_MESSAGES, checkIdNumber, normalizeIdNumber } from '@shared/validation/id-number';
import { MOBILE_MESSAGE, isMobile, normalizeMobile } from '@shared/validation/mobile';
import type { MeView, UpdateProfilePayload } from './users-api';

/** Must equal the contract's PRIVACY_NOTICE_VERSION (checked in profile-check.test.ts). */
export const PRIVACY_NOTICE_VERSION = 'privacy-2026-11' satisfies NonNullable<
  UpdateProfilePayload['consentVersion']
>;

/** What the 完善资料 form holds: in memory only, never in device storage. */
export interface ProfileForm {
  name: string;
  phone: string;
  idNumber: string;
  villageId: string | null;
  consent: boolean;
}

export const CONSENT_NEEDED = '填写身份证号前，请先阅读《隐私政策》并勾选“我已阅读并同意”。';

/** A villager without a household picks the home village; everyone else's unit is set for them. */
export function choosesVillage(me: Pick<MeView, 'role' | 'hasHousehold'>): boolean {
  return me.role === 'villager' && !me.hasHousehold;
}

export function initialProfileForm(me: MeView): ProfileForm {
  return { name: me.name ?? '', phone: '', idNumber: '', villageId: me.villageId, consent: false };
}

/**
 * Checks the form as the server will and builds the payload. A phone or ID number already on
 * file may be left empty (it is kept); the ID number goes only with the privacy consent.
 */
export function checkProfile(
  form: ProfileForm,
  me: MeView,
  today: Date = new Date(),
):
  { ok: true; payload: UpdateProfilePayload } | { ok: false; fieldErrors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const name = form.name.trim();
  const phone = normalizeMobile(form.phone.trim());
  const idNumber = normalizeIdNumber(form.idNumber);
  if (!name) errors.name = '请填写您的姓名';
  else if (name.length > 20) errors.name = '姓名最多20个字';
  else if (!/^[\u4e00-\u9fa5A-Za-z·.\s]+$/.test(name)) errors.name = '姓名只能包含汉字或字母';
  if (phone) {
    if (!isMobile(phone)) errors.phone = MOBILE_MESSAGE;
  } else if (!me.phoneMasked) errors.phone = '请填写手机号，村里有事好联系您';
  if (idNumber) {
    const problem = checkIdNumber(idNumber, today);
    if (problem) errors.idNumber = ID_NUMBER_MESSAGES[problem];
    else if (!form.consent) errors.consentVersion = CONSENT_NEEDED;
  }
  const village = choosesVillage(me) ? form.villageId : null;
  if (choosesVillage(me) && !village) errors.villageId = '请选择您所在的村';
  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  const payload: UpdateProfilePayload = { name };
  if (phone) payload.phone = phone;
  if (idNumber) payload.idNumber = idNumber;
  if (form.consent) payload.consentVersion = PRIVACY_NOTICE_VERSION;
  if (village && village !== me.villageId) payload.villageId = village;
  return { ok: true, payload };
}
