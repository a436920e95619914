import { usersContract } from '../../shared/src/users/users-contract';
import { defineHandlers } from '../platform/runtime/handler-context';
import { assignRole } from './assign-role.handler';
import { findUsers } from './find-users.handler';
import { listOrgUnits } from './list-org-units.handler';
import { listSessions } from './list-sessions.handler';
import { listStaff } from './list-staff.handler';
import { logout } from './logout.handler';
import { me } from './me.handler';
import { revokeSession } from './revoke-session.handler';
import { updateProfile } from './update-profile.handler';

export const usersFunction = defineHandlers(usersContract, {
  me,
  updateProfile,
  assignRole,
  findUsers,
  listStaff,
  logout,
  listSessions,
  revokeSession,
  listOrgUnits,
});
