import { householdsContract } from '../../shared/src/households/households-contract';
import { defineHandlers } from '../platform/runtime/handler-context';
import { changeCategory } from './change-category.handler';
import { create } from './create.handler';
import { dashboard } from './dashboard.handler';
import { decideJoin } from './decide-join.handler';
import { downloadExport, exportHouseholds, finishExportDownload } from './export.handler';
import { get } from './get.handler';
import { idConflicts } from './id-conflicts.handler';
import { issueInvitation } from './issue-invitation.handler';
import { join } from './join.handler';
import { joinRequests } from './join-requests.handler';
import { list } from './list.handler';
import { mine } from './mine.handler';
import { removeMember } from './remove-member.handler';
import { resolveIdConflict } from './resolve-id-conflict.handler';
import { timeline } from './timeline.handler';
import { update } from './update.handler';
import { warnings } from './warnings.handler';

export const householdsFunction = defineHandlers(householdsContract, {
  create,
  update,
  changeCategory,
  get,
  mine,
  list,
  issueInvitation,
  join,
  joinRequests,
  decideJoin,
  removeMember,
  idConflicts,
  resolveIdConflict,
  timeline,
  dashboard,
  warnings,
  export: exportHouseholds,
  downloadExport,
  finishExportDownload,
});
