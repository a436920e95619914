import { z } from 'zod';
import { EVERY_ROLE_OWN, PUBLIC_ACCESS } from '../auth/access-presets';
import { action, defineFunction } from '../contract/define-function';
import { UploadedImageView, UploadedPart, UploadTicketView } from '../files/direct-upload';
import { OrgUnitId } from '../org/org-units';
import { PageInput, textField } from '../validation/common-fields';
import { EXHIBIT_EDITABLE_PARTS, EXHIBIT_HISTORY_KINDS } from './exhibit-history';
import { EXHIBIT_CATEGORIES, EXHIBIT_STATUSES } from './exhibit-labels';

export const ExhibitCategory = z.enum(EXHIBIT_CATEGORIES);
export const ExhibitStatus = z.enum(EXHIBIT_STATUSES);
const Id = z.string().min(1).max(64);
/**
 * A file id the Files port made: `exhibits/<yyyy-mm>/<id>.<ext>` (older local data:
 * `<folder>/<id>.<ext>`), on CloudBase prefixed `cloud://<env>.<bucket>/`.
 */
const FileId = z
  .string()
  .max(300)
  .regex(
    /^(cloud:\/\/[A-Za-z0-9.-]{1,120}\/)?([a-z0-9_-]{1,40}|exhibits\/\d{4}-\d{2})\/[a-f0-9]{32}\.[a-z0-9]{1,5}$/,
    '图片编号不对',
  );

/** 投稿经过, shown to the contributor and their village's cadre (empty for everyone else). */
export const ExhibitHistoryView = z.array(
  z.object({
    at: z.string(),
    kind: z.enum(EXHIBIT_HISTORY_KINDS),
    note: z.string().nullable(),
    changed: z.array(z.enum(EXHIBIT_EDITABLE_PARTS)),
  }),
);

export const ExhibitView = z.object({
  exhibitId: z.string(),
  version: z.number().int(),
  villageId: z.string(),
  villageName: z.string().nullable(),
  category: ExhibitCategory,
  title: z.string(),
  story: z.string(),
  era: z.string().nullable(),
  images: z.array(z.object({ fileId: z.string(), url: z.string() })),
  status: ExhibitStatus,
  reviewNote: z.string().nullable(),
  contributorName: z.string().nullable(),
  views: z.number().int(),
  likes: z.number().int(),
  likedByMe: z.boolean(),
  demo: z.boolean(),
  createdAt: z.string(),
  history: ExhibitHistoryView,
});

export const ExhibitCard = ExhibitView.pick({
  exhibitId: true,
  villageId: true,
  villageName: true,
  category: true,
  title: true,
  era: true,
  status: true,
  views: true,
  likes: true,
}).extend({ coverUrl: z.string().nullable() });

const cadre = { village_cadre: 'village' } as const;

export const exhibitsContract = defineFunction('exhibits', {
  list: action({
    summary: '村史家珍列表（已展出）',
    input: z
      .object({
        villageId: OrgUnitId.optional(),
        category: ExhibitCategory.optional(),
        era: textField(20).optional(),
        q: textField(20).optional(),
        ...PageInput,
      })
      .strict(),
    output: z.object({ items: z.array(ExhibitCard), nextCursor: z.string().nullable() }),
    access: PUBLIC_ACCESS,
    mutating: false,
  }),
  get: action({
    summary: '展品详情（计浏览）',
    input: z.object({ exhibitId: Id }).strict(),
    output: ExhibitView,
    access: PUBLIC_ACCESS,
    mutating: false,
  }),
  startUpload: action({
    summary: '开始上传一张展品照片（或它的列表小图）',
    input: z
      .object({
        /** `photo` (≤ 2 MB) or its small `list-copy` for cards (≤ 300 KB). */
        kind: z.enum(['photo', 'list-copy']).default('photo'),
      })
      .strict(),
    output: UploadTicketView,
    access: { villager: 'own', village_cadre: 'own' },
    mutating: true,
  }),
  uploadImage: action({
    summary: '上传展品照片',
    input: z
      .object({
        /** The photo, written straight to storage with a `startUpload` ticket of kind `photo`. */
        photo: UploadedPart,
        /** Its small list copy (longest side 480 px), with a ticket of kind `list-copy`. */
        listCopy: UploadedPart.optional(),
      })
      .strict(),
    output: UploadedImageView,
    access: { villager: 'own', village_cadre: 'own' },
    mutating: true,
  }),
  submit: action({
    summary: '我要投稿',
    input: z
      .object({
        villageId: OrgUnitId,
        category: ExhibitCategory,
        title: textField(30, 2),
        story: textField(2000, 10),
        era: textField(20).optional(),
        imageFileIds: z.array(FileId).min(1, '至少放一张照片').max(9, '最多 9 张照片'),
        /** Name the contributor in full on the published item; otherwise it shows 马*礼. */
        showContributorName: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ exhibitId: z.string(), status: ExhibitStatus }),
    access: { villager: 'own', village_cadre: 'own' },
    mutating: true,
  }),
  mine: action({
    summary: '我的投稿',
    input: z.object({ ...PageInput }).strict(),
    output: z.object({
      items: z.array(
        ExhibitCard.extend({ reviewNote: z.string().nullable(), history: ExhibitHistoryView }),
      ),
      nextCursor: z.string().nullable(),
    }),
    access: { villager: 'own', village_cadre: 'own' },
    mutating: false,
  }),
  resubmit: action({
    summary: '修改后重新提交（退回修改的投稿）',
    input: z
      .object({
        exhibitId: Id,
        /** The version the contributor opened; someone acting since then makes it CONFLICT. */
        expectedVersion: z.number().int().min(1),
        category: ExhibitCategory,
        title: textField(30, 2),
        story: textField(2000, 10),
        era: textField(20, 0).optional(),
        /** All photos in order: kept ones of this item and newly uploaded ones (`uploadImage`). */
        imageFileIds: z.array(FileId).min(1, '至少放一张照片').max(9, '最多 9 张照片'),
      })
      .strict(),
    output: ExhibitView,
    access: { villager: 'own', village_cadre: 'own' },
    mutating: true,
  }),
  reviewQueue: action({
    summary: '待审核投稿（村干部）',
    input: z.object({ ...PageInput }).strict(),
    output: z.object({ items: z.array(ExhibitCard), nextCursor: z.string().nullable() }),
    access: cadre,
    mutating: false,
  }),
  review: action({
    summary: '审核投稿',
    input: z
      .object({
        exhibitId: Id,
        decision: z.enum(['publish', 'reject', 'request_edit']),
        reason: textField(200, 2).optional(),
      })
      .strict()
      .refine((v) => v.decision === 'publish' || v.reason !== undefined, {
        path: ['reason'],
        message: '退回或不通过时，请写明原因',
      }),
    output: ExhibitView,
    access: cadre,
    mutating: true,
  }),
  update: action({
    summary: '修改展品（策展）',
    input: z
      .object({
        exhibitId: Id,
        expectedVersion: z.number().int().min(1),
        title: textField(30, 2).optional(),
        story: textField(2000, 10).optional(),
        era: textField(20).optional(),
        category: ExhibitCategory.optional(),
      })
      .strict(),
    output: ExhibitView,
    access: cadre,
    mutating: true,
  }),
  like: action({
    summary: '点赞（每人一次）',
    input: z.object({ exhibitId: Id }).strict(),
    output: z.object({ likes: z.number().int(), likedByMe: z.boolean() }),
    // Anyone signed in, the insurer's staff included.
    access: EVERY_ROLE_OWN,
    mutating: true,
  }),
  chapters: action({
    summary: '《乡愁记忆·村史家珍》读本目录',
    input: z.object({ villageId: OrgUnitId }).strict(),
    output: z.object({
      villageName: z.string().nullable(),
      chapters: z.array(
        z.object({
          chapterId: z.string(),
          order: z.number().int(),
          title: z.string(),
          preface: z.string(),
          exhibits: z.array(ExhibitCard),
        }),
      ),
    }),
    access: PUBLIC_ACCESS,
    mutating: false,
  }),
  upsertChapter: action({
    summary: '编排读本章节',
    input: z
      .object({
        villageId: OrgUnitId,
        chapterId: z.string().regex(/^[a-z0-9-]{1,40}$/, '章节编号只能用小写字母、数字和横线'),
        order: z.number().int().min(1).max(200),
        title: textField(30, 2),
        preface: textField(1000, 0),
        /** The chapter's items in order; left out, an existing chapter keeps its own. */
        exhibitIds: z.array(Id).max(100).optional(),
      })
      .strict(),
    output: z.object({ chapterId: z.string(), exhibits: z.number().int() }),
    access: cadre,
    mutating: true,
  }),
});
