/** 完善资料 (its own small subpackage): opened from 我的 and from any refusal that needs the profile. */
export const PROFILE_EDIT_PATH = '/packages/profile/pages/edit/index';
