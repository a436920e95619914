import type { ActionPayload } from '@shared/contract/define-function';
import type { AllFunctions } from '@shared/contract/all-functions';
import { isRealDate } from '../course-editor/beijing-time';

export type RecordEmploymentPayload = ActionPayload<
  AllFunctions['training']['actions'],
  'recordEmployment'
>;

/** The 登记就业 form as typed. */
export interface JobForm {
  employer: string;
  jobType: string;
  monthlyIncome: string;
  startedOn: string;
}

export const EMPTY_JOB_FORM: JobForm = {
  employer: '',
  jobType: '',
  monthlyIncome: '',
  startedOn: '',
};

/** Checks in the contract's field names, with words a villager understands. */
export function checkJobForm(
  enrollmentId: string,
  f: JobForm,
):
  | { ok: true; payload: RecordEmploymentPayload }
  | { ok: false; fieldErrors: Record<string, string> } {
  const e: Record<string, string> = {};
  const employer = f.employer.trim();
  const jobType = f.jobType.trim();
  const income = f.monthlyIncome.trim();
  const startedOn = f.startedOn.trim();
  if (employer.length < 2) e.employer = '请写在哪里干活（单位或老板名字），至少 2 个字';
  else if (employer.length > 60) e.employer = '单位名字最多 60 个字';
  if (jobType.length < 2) e.jobType = '请写干什么活，如：电焊工';
  else if (jobType.length > 30) e.jobType = '工种最多 30 个字';
  if (!/^\d+$/.test(income)) e.monthlyIncome = '请填每月大约挣多少元（整数）';
  else if (Number(income) > 1_000_000) e.monthlyIncome = '月收入填得太大了，请核对';
  if (!isRealDate(startedOn)) e.startedOn = '日期格式应为 2026-01-31';
  if (Object.keys(e).length > 0) return { ok: false, fieldErrors: e };
  return {
    ok: true,
    payload: { enrollmentId, employer, jobType, monthlyIncome: Number(income), startedOn },
  };
}
