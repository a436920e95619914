import { z } from 'zod';
import { CADRES_IN_SCOPE } from '../auth/access-presets';
import { action, defineFunction } from '../contract/define-function';
import { UploadedImageView, UploadedPart, UploadTicketView } from '../files/direct-upload';
import { PageInput } from '../validation/common-fields';
import {
  AppealInput,
  ProposeEliminationInput,
  PublicityView,
  QueueInput,
  ReportId,
  ReportSummary,
  ReportView,
  ResubmitInput,
  ReviewInput,
  SetPlanInput,
  StatsView,
  SubmitRiskInput,
  UpdateMeasureInput,
} from './risk-schemas';

/** The family (their own household and what they filed) and cadres in scope. */
const familyAndCadres = { villager: 'own', ...CADRES_IN_SCOPE } as const;
/** Who keeps the 119 plan: the village with the town, and the city. */
const planKeepers = CADRES_IN_SCOPE;

/**
 * 返贫风险 monitoring (DESIGN.md §2): self-report → 村监测 → 镇审核 → 市审定 → 119 帮扶 → 风险消除, on
 * the review-workflow engine. Catalogues (risk types, sectors, statuses, deadlines) are data in
 * `risk-catalogue.ts`, `risk-statuses.ts` and `risk-workflow.ts`, imported by the client.
 */
export const riskContract = defineFunction('risk', {
  submit: action({
    summary: '返贫风险申报（本户、替家人申报、村干部排查）',
    input: SubmitRiskInput,
    output: ReportView,
    access: { villager: 'own', village_cadre: 'village' },
    mutating: true,
  }),
  startUpload: action({
    summary: '开始上传一张申报或核实照片',
    input: z.object({}).strict(),
    output: UploadTicketView,
    access: { villager: 'own', village_cadre: 'own' },
    mutating: true,
  }),
  uploadPhoto: action({
    summary: '上传申报或核实照片',
    input: z
      .object({
        /** The photo, written straight to storage with a `startUpload` ticket. */
        photo: UploadedPart,
      })
      .strict(),
    output: UploadedImageView,
    access: { villager: 'own', village_cadre: 'own' },
    mutating: true,
  }),
  mine: action({
    summary: '我的申报（本户的和我代为申报的）',
    input: z.object({ ...PageInput }).strict(),
    output: z.object({ items: z.array(ReportView), nextCursor: z.string().nullable() }),
    access: { villager: 'own' },
    mutating: false,
  }),
  get: action({
    summary: '申报详情与进度',
    input: z.object({ reportId: ReportId }).strict(),
    output: ReportView,
    access: familyAndCadres,
    mutating: false,
  }),
  queue: action({
    summary: '待办：本级要处理的申报，按期限排序',
    input: QueueInput,
    output: z.object({ items: z.array(ReportSummary), nextCursor: z.string().nullable() }),
    access: CADRES_IN_SCOPE,
    mutating: false,
  }),
  review: action({
    summary: '审核：通过、退回补充或不予通过（村监测、镇审核、市审定、风险消除）',
    input: ReviewInput,
    output: ReportView,
    access: CADRES_IN_SCOPE,
    mutating: true,
  }),
  resubmit: action({
    summary: '补充材料后重新提交',
    input: ResubmitInput,
    output: ReportView,
    access: { villager: 'own', village_cadre: 'village' },
    mutating: true,
  }),
  appeal: action({
    summary: '对不予通过申请复核（一次，到上一级）',
    input: AppealInput,
    output: ReportView,
    access: { villager: 'own' },
    mutating: true,
  }),
  setPlan: action({
    summary: '制定一户一策帮扶计划（119）',
    input: SetPlanInput,
    output: ReportView,
    access: planKeepers,
    mutating: true,
  }),
  updateMeasure: action({
    summary: '更新帮扶措施进度',
    input: UpdateMeasureInput,
    output: ReportView,
    access: planKeepers,
    mutating: true,
  }),
  proposeElimination: action({
    summary: '申请风险消除（村里入户核实后提出）',
    input: ProposeEliminationInput,
    output: ReportView,
    access: { village_cadre: 'village' },
    mutating: true,
  }),
  stats: action({
    summary: '监测统计：各环节、超期、风险类型、各村镇',
    input: z.object({}).strict(),
    output: StatsView,
    access: CADRES_IN_SCOPE,
    mutating: false,
  }),
  publicity: action({
    summary: '村内公示（不显示身份证号、电话、银行账号和病情）',
    input: z.object({ ...PageInput }).strict(),
    output: z.object({ items: z.array(PublicityView), nextCursor: z.string().nullable() }),
    access: familyAndCadres,
    mutating: false,
  }),
});
