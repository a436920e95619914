import { z } from 'zod';
import { CADRES_IN_SCOPE } from '../auth/access-presets';
import { action, defineFunction } from '../contract/define-function';
import { OrgUnitId } from '../org/org-units';
import { PageInput, textField } from '../validation/common-fields';
import { HouseholdCategory } from './household-category';
import { JoinDecision, JoinRequestStatus } from './join-requests';
import {
  ChangeCategoryInput,
  CreateHouseholdInput,
  DashboardView,
  HouseholdSummary,
  HouseholdView,
  ListHouseholdsInput,
  TimelineEventView,
  UpdateHouseholdInput,
} from './household-schemas';

const HouseholdId = z.string().min(1).max(64);

export const JoinRequestReceipt = z.object({
  requestId: z.string().nullable(),
  status: JoinRequestStatus,
  villageName: z.string().nullable(),
  createdAt: z.string().nullable(),
});

export const JoinRequestView = z.object({
  requestId: z.string(),
  householdId: z.string(),
  headName: z.string().nullable(),
  userId: z.string(),
  userName: z.string(),
  phoneMasked: z.string().nullable(),
  status: JoinRequestStatus,
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});

/** A person entered in a second household outside the entering cadre's scope (no oracle). */
export const IdConflictView = z.object({
  conflictId: z.string(),
  memberName: z.string().nullable(),
  householdId: z.string(),
  headName: z.string().nullable(),
  villageId: z.string(),
  otherHouseholdId: z.string(),
  otherHeadName: z.string().nullable(),
  otherVillageId: z.string(),
  resolveAt: z.enum(['town', 'city']),
  createdAt: z.string(),
});

export const LinkedAccountView = z.object({
  userId: z.string(),
  name: z.string(),
  phoneMasked: z.string().nullable(),
  isHead: z.boolean(),
});

/** The family itself (own household) and cadres in scope. */
const familyAndCadres = { villager: 'own', ...CADRES_IN_SCOPE } as const;

export const householdsContract = defineFunction('households', {
  create: action({
    summary: '新建户情档案',
    input: CreateHouseholdInput,
    output: HouseholdView,
    access: CADRES_IN_SCOPE,
    mutating: true,
  }),
  update: action({
    summary: '修改户情档案',
    input: UpdateHouseholdInput,
    output: HouseholdView,
    access: CADRES_IN_SCOPE,
    mutating: true,
  }),
  changeCategory: action({
    summary: '调整户类（需写明原因）',
    input: ChangeCategoryInput,
    output: HouseholdView,
    access: CADRES_IN_SCOPE,
    mutating: true,
  }),
  get: action({
    summary: '查看户情',
    input: z.object({ householdId: HouseholdId }).strict(),
    output: HouseholdView,
    access: familyAndCadres,
    mutating: false,
  }),
  mine: action({
    summary: '我的家',
    input: z.object({}).strict(),
    output: z.object({
      household: HouseholdView.nullable(),
      /** The caller's latest join request while they are not linked yet. */
      joinRequest: JoinRequestReceipt.nullable(),
    }),
    access: { villager: 'own' },
    mutating: false,
  }),
  list: action({
    summary: '户情列表与搜索',
    input: ListHouseholdsInput,
    output: z.object({ items: z.array(HouseholdSummary), nextCursor: z.string().nullable() }),
    access: CADRES_IN_SCOPE,
    mutating: false,
  }),
  issueInvitation: action({
    summary: '生成家庭成员加入码',
    input: z.object({ householdId: HouseholdId }).strict(),
    output: z.object({ code: z.string(), expiresAt: z.string() }),
    access: { village_cadre: 'village' },
    mutating: true,
  }),
  join: action({
    summary: '凭加入码关联我的家',
    input: z
      .object({
        code: z
          .string()
          .transform((s) => s.replace(/\s+/g, '').toUpperCase())
          .pipe(z.string().regex(/^[A-Z2-9]{8}$/, '加入码是 8 位字母或数字')),
      })
      .strict(),
    /** A request for the village cadre or the head to confirm; nothing of the household yet. */
    output: JoinRequestReceipt,
    access: { villager: 'own' },
    mutating: true,
  }),
  joinRequests: action({
    summary: '加入申请与已关联的家人',
    input: z.object({ householdId: HouseholdId.optional() }).strict(),
    output: z.object({ items: z.array(JoinRequestView), linked: z.array(LinkedAccountView) }),
    access: { villager: 'own', village_cadre: 'village' },
    mutating: false,
  }),
  decideJoin: action({
    summary: '同意或拒绝加入申请',
    input: z.object({ requestId: z.string().min(1).max(160), decision: JoinDecision }).strict(),
    output: JoinRequestView,
    access: { villager: 'own', village_cadre: 'village' },
    mutating: true,
  }),
  removeMember: action({
    summary: '移出已关联的家人账号',
    input: z.object({ householdId: HouseholdId, userId: z.string().min(1).max(64) }).strict(),
    output: z.object({ householdId: z.string(), userId: z.string(), removed: z.literal(true) }),
    access: { villager: 'own', village_cadre: 'village' },
    mutating: true,
  }),
  idConflicts: action({
    summary: '身份证号重复待核实（跨村、跨镇）',
    input: z.object({ ...PageInput }).strict(),
    output: z.object({ items: z.array(IdConflictView), nextCursor: z.string().nullable() }),
    access: { town_reviewer: 'town', city_approver: 'city', admin: 'city' },
    mutating: false,
  }),
  resolveIdConflict: action({
    summary: '身份证号重复已核实处理',
    input: z.object({ conflictId: z.string().min(1).max(64), note: textField(200, 2) }).strict(),
    output: z.object({ conflictId: z.string(), status: z.literal('resolved') }),
    access: { town_reviewer: 'town', city_approver: 'city', admin: 'city' },
    mutating: true,
  }),
  timeline: action({
    summary: '户情时间线',
    input: z.object({ householdId: HouseholdId, ...PageInput }).strict(),
    output: z.object({ items: z.array(TimelineEventView), nextCursor: z.string().nullable() }),
    access: familyAndCadres,
    mutating: false,
  }),
  dashboard: action({
    summary: '户情统计',
    input: z.object({}).strict(),
    output: DashboardView,
    access: CADRES_IN_SCOPE,
    mutating: false,
  }),
  warnings: action({
    summary: '预警名单',
    input: z.object({ villageId: OrgUnitId.optional(), ...PageInput }).strict(),
    output: z.object({ items: z.array(HouseholdSummary), nextCursor: z.string().nullable() }),
    access: CADRES_IN_SCOPE,
    mutating: false,
  }),
  export: action({
    summary: '导出户情 Excel',
    input: z
      .object({ villageId: OrgUnitId.optional(), category: HouseholdCategory.optional() })
      .strict(),
    output: z.object({
      /** Pass to `downloadExport` (once, by the same caller, within 15 minutes). */
      exportId: z.string(),
      expiresAt: z.string(),
      /** How many households the file holds. */
      households: z.number().int(),
      /** How many rows: one per member. */
      rows: z.number().int(),
      idNumbersMasked: z.boolean(),
    }),
    access: CADRES_IN_SCOPE,
    mutating: true,
  }),
  downloadExport: action({
    summary: '领取导出的 Excel（仅导出人本人，一次，15分钟内）',
    input: z.object({ exportId: z.string().regex(/^[a-f0-9]{32}$/, '导出编号不对') }).strict(),
    // No bytes in the answer: where to fetch the file once, for the next few minutes.
    output: z.object({
      fileName: z.string(),
      contentType: z.string(),
      bytes: z.number().int(),
      /** weapp: `Taro.cloud.downloadFile({ fileID })` (storage lets clients read `downloads/`). */
      fileId: z.string(),
      /** h5: the gateway's signed link (a CloudBase temporary URL elsewhere). */
      url: z.string(),
      /** The copy is deleted by then at the latest (`finishExportDownload` deletes it sooner). */
      availableUntil: z.string(),
    }),
    access: CADRES_IN_SCOPE,
    // Not replayable on purpose: a retry must not hand the file out again (nor keep a copy of it
    // in an idempotency record). Its one effect, claiming the download, is its own guard.
    mutating: false,
  }),
  finishExportDownload: action({
    summary: '导出文件已取到：从服务器删除',
    input: z.object({ exportId: z.string().regex(/^[a-f0-9]{32}$/, '导出编号不对') }).strict(),
    output: z.object({ removed: z.literal(true) }),
    access: CADRES_IN_SCOPE,
    // Removing twice is removing once: no idempotency record needed.
    mutating: false,
  }),
});
