/** 人员与角色 (its own small subpackage), for administrators. */
export const ROLES_ADMIN_PATH = '/packages/admin/pages/roles/index';
