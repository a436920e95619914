/** 村史家珍 vocabulary without zod (the client imports it too). */
export const EXHIBIT_CATEGORIES = [
  'old_photo',
  'artifact',
  'family_motto',
  'village_history',
  'person',
  'heritage',
] as const;
export type ExhibitCategory = (typeof EXHIBIT_CATEGORIES)[number];

export const EXHIBIT_CATEGORY_LABEL: Record<ExhibitCategory, string> = {
  old_photo: '老照片',
  artifact: '老物件',
  family_motto: '家风家训',
  village_history: '村史村志',
  person: '乡贤人物',
  heritage: '非遗技艺',
};

export const EXHIBIT_STATUSES = ['pending', 'published', 'rejected', 'needs_edit'] as const;
export type ExhibitStatus = (typeof EXHIBIT_STATUSES)[number];

export const EXHIBIT_STATUS_LABEL: Record<ExhibitStatus, string> = {
  pending: '等待审核',
  published: '已展出',
  rejected: '未通过',
  needs_edit: '请修改后再交',
};
