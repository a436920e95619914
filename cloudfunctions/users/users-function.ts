import { usersContract } from '../../shared/src/users/users-contract';
import { defineHandlers } from '../platform/runtime/handler-context';
import { assignRole } from './assign-role.handler';
import { listOrgUnits } from './list-org-units.handler';
import { listStaff } from './list-staff.handler';
import { me } from './me.handler';
import { updateProfile } from './update-profile.handler';

export const usersFunction = defineHandlers(usersContract, {
  me,
  updateProfile,
  assignRole,
  listStaff,
  listOrgUnits,
});
