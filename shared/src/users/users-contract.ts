import { z } from 'zod';
import { CADRES_IN_SCOPE, EVERY_ROLE_OWN, PUBLIC_ACCESS } from '../auth/access-presets';
import { ROLES } from '../auth/roles';
import { action, defineFunction } from '../contract/define-function';
import { OrgLevel, OrgUnitId, OrgUnitView } from '../org/org-units';
import { USER_SEARCH_MAX } from './user-search';
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
  /** Linked to a household (户): the home village then moves only through the village cadre. */
  hasHousehold: z.boolean(),
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

/** One person found by the admin's 人员与角色 search: never the full phone or ID number. */
export const UserFoundView = z.object({
  userId: z.string(),
  name: z.string().nullable(),
  role: RoleField,
  orgUnitId: OrgUnitId.nullable(),
  orgUnitName: z.string().nullable(),
  phoneMasked: z.string().nullable(),
});
export type UserFoundView = z.infer<typeof UserFoundView>;

export const FindUsersInput = z
  .object({
    /** The beginning of a name, or the last 4 digits of a phone number. */
    q: z
      .string()
      .transform((s) => s.trim())
      .pipe(
        z
          .string()
          .min(1, '请输入姓名或手机号后4位')
          .max(USER_SEARCH_MAX, `最多输入 ${USER_SEARCH_MAX} 个字`),
      ),
    limit: z.number().int().min(1).max(50).default(20),
    cursor: z.string().max(500).optional(),
  })
  .strict();

export const ListOrgUnitsInput = z
  .object({
    level: OrgLevel.optional(),
    parentId: OrgUnitId.optional(),
  })
  .strict();

/** One of my logins (local dev-login). No token, only when and roughly where from. */
export const SessionView = z.object({
  sessionId: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  /** The login's client address, masked (`127.0.*.*`). */
  clientMasked: z.string().nullable(),
  /** The login this call came with. */
  current: z.boolean(),
});
export type SessionView = z.infer<typeof SessionView>;

export const LogoutInput = z
  .object({
    /** `all_devices` also ends my logins on other phones (e.g. one left with someone else). */
    scope: z.enum(['this_device', 'all_devices']).optional(),
  })
  .strict();

export const RevokeSessionInput = z
  .object({
    sessionId: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[A-Za-z0-9_-]+$/, '登录记录编号不对'),
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
  findUsers: action({
    summary: '查找人员（管理员，按姓名或手机号后4位）',
    input: FindUsersInput,
    output: z.object({ items: z.array(UserFoundView), nextCursor: z.string().nullable() }),
    access: { admin: 'city' },
    mutating: false,
  }),
  listStaff: action({
    summary: '工作人员名单',
    input: ListStaffInput,
    output: z.object({ items: z.array(StaffView), nextCursor: z.string().nullable() }),
    access: CADRES_IN_SCOPE,
    mutating: false,
  }),
  logout: action({
    summary: '退出登录（本次登录作废，或所有设备上的登录都作废）',
    input: LogoutInput,
    /** `revoked` is false where the platform has no login to end (WeChat identity on CloudBase). */
    output: z.object({ revoked: z.boolean() }),
    access: EVERY_ROLE_OWN,
    mutating: true,
  }),
  listSessions: action({
    summary: '我的登录设备',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(SessionView) }),
    access: EVERY_ROLE_OWN,
    mutating: false,
  }),
  revokeSession: action({
    summary: '让某次登录作废',
    input: RevokeSessionInput,
    output: z.object({ revoked: z.boolean() }),
    access: EVERY_ROLE_OWN,
    mutating: true,
  }),
  listOrgUnits: action({
    summary: '镇村列表',
    input: ListOrgUnitsInput,
    output: z.object({ items: z.array(OrgUnitView) }),
    access: PUBLIC_ACCESS,
    mutating: false,
  }),
});
