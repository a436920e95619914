import { z } from 'zod';
import { CADRES_IN_SCOPE } from '../auth/access-presets';
import { action, defineFunction } from '../contract/define-function';
import { UploadedImageView, UploadedPart, UploadTicketView } from '../files/direct-upload';
import { PageInput } from '../validation/common-fields';
import {
  ClaimAppealInput,
  ClaimId,
  ClaimResubmitInput,
  ClaimReviewInput,
  EstimateInput,
  MarkPaidInput,
  SubmitClaimInput,
} from './claim-schemas';
import {
  ClaimPublicityView,
  ClaimQueueInput,
  ClaimStatsView,
  ClaimSummary,
  ClaimView,
  EstimateView,
  SchemesView,
} from './claim-views';

/** Who works claims: cadres in their unit, and the insurer's surveyors city-wide. */
const reviewers = { ...CADRES_IN_SCOPE, insurer: 'city' } as const;
/** The family (their own household and what they filed) and the reviewers. */
const familyAndReviewers = { villager: 'own', ...reviewers } as const;

/**
 * 防贫保险理赔 (issue 14): 报案 → 村核材料 → 镇审核 → 保险公司查勘 → 市审定 → 公示 → 赔付, on the
 * review-workflow engine. Schemes, checklists, statuses and deadlines are data in
 * `claim-schemes.ts`, `claim-documents.ts`, `claim-statuses.ts` and `claim-workflow.ts`, imported
 * by the client. Besides the 11 actions the issue names: `startUpload` / `uploadPhoto` for the
 * photos of the papers (and the insurer's survey), and `publicity` for the 公示 after approval.
 */
export const claimsContract = defineFunction('claims', {
  schemes: action({
    summary: '理赔种类、要填的金额、赔付方案（演示方案）',
    input: z.object({}).strict(),
    output: SchemesView,
    access: familyAndReviewers,
    mutating: false,
  }),
  estimate: action({
    summary: '预计可赔金额（以审核为准）',
    input: EstimateInput,
    output: EstimateView,
    access: familyAndReviewers,
    mutating: false,
  }),
  submit: action({
    summary: '申请理赔（本户或替家人申请）',
    input: SubmitClaimInput,
    output: ClaimView,
    access: { villager: 'own' },
    mutating: true,
  }),
  startUpload: action({
    summary: '开始上传一张理赔材料或查勘照片',
    input: z.object({}).strict(),
    output: UploadTicketView,
    access: { villager: 'own', insurer: 'own' },
    mutating: true,
  }),
  uploadPhoto: action({
    summary: '上传理赔材料或查勘照片（手机上已压缩）',
    input: z
      .object({
        /** The photo, written straight to storage with a `startUpload` ticket. */
        photo: UploadedPart,
      })
      .strict(),
    output: UploadedImageView,
    access: { villager: 'own', insurer: 'own' },
    mutating: true,
  }),
  mine: action({
    summary: '我的理赔（本户的和我替家人申请的）',
    input: z.object({ ...PageInput }).strict(),
    output: z.object({ items: z.array(ClaimView), nextCursor: z.string().nullable() }),
    access: { villager: 'own' },
    mutating: false,
  }),
  get: action({
    summary: '理赔详情与进度',
    input: z.object({ claimId: ClaimId }).strict(),
    output: ClaimView,
    access: familyAndReviewers,
    mutating: false,
  }),
  queue: action({
    summary: '待办：本级要处理的理赔，按期限排序',
    input: ClaimQueueInput,
    output: z.object({ items: z.array(ClaimSummary), nextCursor: z.string().nullable() }),
    access: reviewers,
    mutating: false,
  }),
  review: action({
    summary: '审核：通过、退回补充或不予通过（村核材料、镇审核、保险查勘、市审定）',
    input: ClaimReviewInput,
    output: ClaimView,
    access: reviewers,
    mutating: true,
  }),
  resubmit: action({
    summary: '补充缺少的材料后重新提交（同一件理赔）',
    input: ClaimResubmitInput,
    output: ClaimView,
    access: { villager: 'own' },
    mutating: true,
  }),
  appeal: action({
    summary: '对不予通过申请复核（一次，到上一级）',
    input: ClaimAppealInput,
    output: ClaimView,
    access: { villager: 'own' },
    mutating: true,
  }),
  markPaid: action({
    summary: '公示结束后登记赔付（日期和付款流水号）',
    input: MarkPaidInput,
    output: ClaimView,
    access: { insurer: 'city' },
    mutating: true,
  }),
  stats: action({
    summary: '理赔统计：各种类、各环节、各村镇的件数和金额',
    input: z.object({}).strict(),
    output: ClaimStatsView,
    access: reviewers,
    mutating: false,
  }),
  publicity: action({
    summary: '理赔公示（姓名打码如 马*礼、村、金额，不显示病情和账号）',
    input: z.object({ ...PageInput }).strict(),
    output: z.object({ items: z.array(ClaimPublicityView), nextCursor: z.string().nullable() }),
    access: familyAndReviewers,
    mutating: false,
  }),
});
