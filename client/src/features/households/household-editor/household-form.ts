import type { ActionPayload } from '@shared/contract/define-function';
import type { AllFunctions } from '@shared/contract/all-functions';
import {
  checkIdNumber,
  ID_NUMBER_MESSAGES,
  idNumberBirthDate,
  normalizeIdNumber,
} from '@shared/validation/id-number';
import { isMobile, MOBILE_MESSAGE, normalizeMobile } from '@shared/validation/mobile';
import type {
  HouseholdCategory,
  HouseholdView,
  MemberView,
  MonitorType,
  Relation,
} from '../households-api';

type HouseholdActions = AllFunctions['households']['actions'];
export type CreateHouseholdPayload = ActionPayload<HouseholdActions, 'create'>;
export type UpdateHouseholdPayload = ActionPayload<HouseholdActions, 'update'>;

/** Same text as the server's HOUSEHOLD_CONSENT_VERSION (households contract). */
export const HOUSEHOLD_CONSENT_VERSION = 'household-data-2026-11';
export const ADDRESS_MAX = 100;
export const MEMBERS_MAX = 20;

/** One member row of the form. A row already on file keeps its number on the server. */
export interface MemberRow {
  /** Local key for React and e2e (stable while the form is open). */
  rowKey: string;
  /** Set for a member on file; their ID number is then only shown masked, never sent. */
  memberId: string | null;
  name: string;
  relation: Relation;
  /** Typed by the cadre for a new row; '' for a row on file. */
  idNumber: string;
  idNumberMasked: string | null;
  /** A new phone ('' keeps the one on file, or none for a new row). */
  phone: string;
  phoneMasked: string | null;
  health: MemberView['health'];
  disabledSince: string | null;
  schoolStage: MemberView['schoolStage'];
}

export interface HouseholdForm {
  villageId: string;
  category: HouseholdCategory;
  monitorType: MonitorType | null;
  address: string;
  annualIncome: string;
  members: MemberRow[];
  consent: boolean;
}

let rowSeq = 0;
const nextRowKey = () => `row-${(rowSeq += 1)}`;

export function emptyMember(relation: Relation = 'head'): MemberRow {
  return {
    rowKey: nextRowKey(),
    memberId: null,
    name: '',
    relation,
    idNumber: '',
    idNumberMasked: null,
    phone: '',
    phoneMasked: null,
    health: 'healthy',
    disabledSince: null,
    schoolStage: 'none',
  };
}

export function emptyHouseholdForm(villageId = ''): HouseholdForm {
  return {
    villageId,
    category: 'general',
    monitorType: null,
    address: '',
    annualIncome: '',
    members: [emptyMember('head')],
    consent: false,
  };
}

export function formFromHousehold(h: HouseholdView): HouseholdForm {
  return {
    villageId: h.villageId,
    category: h.category,
    monitorType: h.monitorType,
    address: h.address,
    annualIncome: String(h.annualIncome),
    members: h.members.map((m) => ({
      rowKey: nextRowKey(),
      memberId: m.memberId,
      name: m.name,
      relation: m.relation,
      idNumber: '',
      idNumberMasked: m.idNumberMasked,
      phone: '',
      phoneMasked: m.phoneMasked,
      health: m.health,
      disabledSince: m.disabledSince,
      schoolStage: m.schoolStage,
    })),
    consent: true,
  };
}

/** "1980年1月1日出生 · 男", read from a valid ID number (the 17th digit: odd is male); else null. */
export function idNumberFacts(raw: string): string | null {
  const id = normalizeIdNumber(raw);
  if (checkIdNumber(id) !== null) return null;
  const birth = idNumberBirthDate(id);
  if (!birth) return null;
  const [y, m, d] = birth.split('-').map(Number) as [number, number, number];
  const gender = Number(id[16]) % 2 === 1 ? '男' : '女';
  return `${y}年${m}月${d}日出生 · ${gender}`;
}

/**
 * The server's rules as sentences, keyed like its fieldErrors (`members.0.idNumber`), so each
 * message shows on its own field or member row. `creating` adds what only a new household needs.
 */
export function checkHouseholdForm(form: HouseholdForm, creating: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (creating && !form.villageId) errors.villageId = '请选择是哪个村的';
  if (creating && form.category === 'monitored' && !form.monitorType)
    errors.monitorType = '三类户需要选择监测类型';
  const address = form.address.trim();
  if (address.length < 2) errors.address = '请填写住址（村民小组和门牌），至少2个字';
  if (address.length > ADDRESS_MAX) errors.address = `住址最多 ${ADDRESS_MAX} 个字`;
  const income = form.annualIncome.trim();
  if (!/^\d{1,9}$/.test(income)) errors.annualIncome = '请填家庭年收入，整数（元），没有就填 0';
  if (form.members.length === 0) errors.members = '至少要有一位家庭成员';
  if (form.members.length > MEMBERS_MAX) errors.members = `一户最多登记 ${MEMBERS_MAX} 人`;
  const heads = form.members.filter((m) => m.relation === 'head').length;
  if (form.members.length > 0 && heads !== 1) errors.members = '每户要有且只有一位户主';
  const seen = new Set<string>();
  form.members.forEach((m, i) => {
    const name = m.name.trim();
    if (!name) errors[`members.${i}.name`] = '请填写姓名';
    else if (!/^[\u4e00-\u9fa5A-Za-z·.\s]+$/.test(name) || name.length > 20)
      errors[`members.${i}.name`] = '姓名只能包含汉字或字母，最多20个字';
    if (!m.memberId || m.idNumber) {
      const id = normalizeIdNumber(m.idNumber);
      const problem = id ? checkIdNumber(id) : null;
      if (!id) errors[`members.${i}.idNumber`] = '请填写身份证号';
      else if (problem) errors[`members.${i}.idNumber`] = ID_NUMBER_MESSAGES[problem];
      else if (seen.has(id)) errors[`members.${i}.idNumber`] = '同一户里身份证号重复了';
      seen.add(id);
    }
    if (m.phone.trim() && !isMobile(m.phone)) errors[`members.${i}.phone`] = MOBILE_MESSAGE;
  });
  if (creating && !form.consent) errors.consent = '请先取得农户同意（户情信息采集告知书）';
  return errors;
}

function memberFacts(m: MemberRow) {
  return {
    name: m.name.trim(),
    relation: m.relation,
    health: m.health,
    disabledSince: m.disabledSince,
    schoolStage: m.schoolStage,
  };
}

export function toCreatePayload(form: HouseholdForm): CreateHouseholdPayload {
  return {
    villageId: form.villageId,
    category: form.category,
    monitorType: form.category === 'monitored' ? form.monitorType : null,
    address: form.address.trim(),
    annualIncome: Number(form.annualIncome.trim()),
    members: form.members.map((m) => ({
      ...memberFacts(m),
      idNumber: normalizeIdNumber(m.idNumber),
      ...(m.phone.trim() ? { phone: normalizeMobile(m.phone) } : {}),
    })),
    consentVersion: HOUSEHOLD_CONSENT_VERSION,
  };
}

/** Only what changed; members on file go by `memberId` (their numbers stay on the server). */
export function toUpdatePayload(
  form: HouseholdForm,
  before: HouseholdView,
): UpdateHouseholdPayload {
  const payload: UpdateHouseholdPayload = {
    householdId: before.householdId,
    expectedVersion: before.version,
  };
  const address = form.address.trim();
  if (address !== before.address) payload.address = address;
  const income = Number(form.annualIncome.trim());
  if (income !== before.annualIncome) payload.annualIncome = income;
  if (membersChanged(form.members, before.members))
    payload.members = form.members.map((m) => ({
      ...memberFacts(m),
      ...(m.memberId ? { memberId: m.memberId } : {}),
      ...(!m.memberId || m.idNumber ? { idNumber: normalizeIdNumber(m.idNumber) } : {}),
      ...(m.phone.trim() ? { phone: normalizeMobile(m.phone) } : {}),
    }));
  return payload;
}

function membersChanged(rows: readonly MemberRow[], before: readonly MemberView[]): boolean {
  if (rows.length !== before.length) return true;
  return rows.some((r, i) => {
    const b = before[i];
    return (
      !b ||
      r.memberId !== b.memberId ||
      r.name.trim() !== b.name ||
      r.relation !== b.relation ||
      r.idNumber !== '' ||
      r.phone.trim() !== ''
    );
  });
}
