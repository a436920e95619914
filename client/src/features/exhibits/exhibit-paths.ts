const ROOT = '/packages/exhibits/pages';

export const EXHIBITS_HOME_PATH = `${ROOT}/index/index`;
export const CONTRIBUTE_PATH = `${ROOT}/contribute/index`;
export const MY_EXHIBITS_PATH = `${ROOT}/mine/index`;
export const REVIEW_QUEUE_PATH = `${ROOT}/review/index`;

export function exhibitDetailPath(exhibitId: string): string {
  return `${ROOT}/detail/index?id=${encodeURIComponent(exhibitId)}`;
}

export function readerPath(villageId: string): string {
  return `${ROOT}/reader/index?village=${encodeURIComponent(villageId)}`;
}

/** The contribute form in edit mode, for a contribution the cadre sent back (修改后重新提交). */
export function resubmitPath(exhibitId: string): string {
  return `${CONTRIBUTE_PATH}?edit=${encodeURIComponent(exhibitId)}`;
}

/** 编辑乡愁记忆: the village cadre arranges the reader's chapters. */
export function chapterEditorPath(villageId: string): string {
  return `${ROOT}/chapters/index?village=${encodeURIComponent(villageId)}`;
}
