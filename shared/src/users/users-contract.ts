import { z } from 'zod';
import { CADRES_IN_SCOPE, EVERY_ROLE_OWN, PUBLIC_ACCESS } from '../auth/access-presets';
import { ROLES } from '../auth/roles';
import { action, defineFunction } from '../contract/define-function';
import { OrgLevel, OrgUnitId, OrgUnitView } from '../org/org-units';
import {
  IdNumberField,
  MobileField,
  PageInput,
  PersonNameField,
} from '../validation/common-fields';

export const RoleField = z.enum(ROLES);

/** The caller's own profile. Phone and ID number are masked even for the owner. */
export const MeView = z.object({
  userId: z.string(),
  role: RoleField,
  name: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  orgUnitId: OrgUnitId.nullable(),
  villageId: OrgUnitId.nullable(),
  townId: OrgUnitId.nullable(),
  orgUnitName: z.string().nullable(),
  profileComplete: z.boolean(),
});
export type MeView = z.infer<typeof MeView>;

export const PRIVACY_NOTICE_VERSION = 'privacy-2026-11';

export const UpdateProfileInput = z
  .object({
    name: PersonNameField,
    phone: MobileField.optional(),
    idNumber: IdNumberField.optional(),
    /** A villager's home village. Cadres' units are set by `assignRole`. */
    villageId: OrgUnitId.optional(),
    /** Consent to the privacy notice; required when an ID number is given. */
    consentVersion: z.literal(PRIVACY_NOTICE_VERSION).optional(),
  })
  .strict()
  .refine((v) => v.idNumber === undefined || v.consentVersion !== undefined, {
    path: ['consentVersion'],
    message: '填写身份证号前，请先阅读并同意《个人信息保护说明》',
  });

export const AssignRoleInput = z
  .object({
    userId: z.string().min(1).max(64),
    role: RoleField,
    orgUnitId: OrgUnitId,
  })
  .strict();

export const StaffView = z.object({
  userId: z.string(),
  name: z.string().nullable(),
  role: RoleField,
  orgUnitId: OrgUnitId.nullable(),
  orgUnitName: z.string().nullable(),
  phoneMasked: z.string().nullable(),
});

export const ListStaffInput = z
  .object({
    role: RoleField.optional(),
    orgUnitId: OrgUnitId.optional(),
    ...PageInput,
  })
  .strict();

export const ListOrgUnitsInput = z
  .object({
    level: OrgLevel.optional(),
    parentId: OrgUnitId.optional(),
  })
  .strict();

export const usersContract = defineFunction('users', {
  me: action({
    summary: '我的资料',
    input: z.object({}).strict(),
    output: MeView,
    access: EVERY_ROLE_OWN,
    mutating: false,
  }),
  updateProfile: action({
    summary: '修改我的资料',
    input: UpdateProfileInput,
    output: MeView,
    access: EVERY_ROLE_OWN,
    mutating: true,
  }),
  assignRole: action({
    summary: '设置人员角色（管理员）',
    input: AssignRoleInput,
    output: StaffView,
    access: { admin: 'city' },
    mutating: true,
  }),
  listStaff: action({
    summary: '工作人员名单',
    input: ListStaffInput,
    output: z.object({ items: z.array(StaffView), nextCursor: z.string().nullable() }),
    access: CADRES_IN_SCOPE,
    mutating: false,
  }),
  listOrgUnits: action({
    summary: '镇村列表',
    input: ListOrgUnitsInput,
    output: z.object({ items: z.array(OrgUnitView) }),
    access: PUBLIC_ACCESS,
    mutating: false,
  }),
});
