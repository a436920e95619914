import type { z } from 'zod';
import { RISK_CONSENT } from '../../shared/src/risk/risk-catalogue';
import type {
  PublicityView,
  ReportSummary,
  ReportView,
  StatsView,
} from '../../shared/src/risk/risk-schemas';
import { sendAsClient } from '../platform/test-support/direct-upload-kit';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { riskFunction } from './risk-function';

/** Test helpers for the risk function (used by the risk jest files only). */
export function riskKit(t: TestPlatform) {
  const call = t.client(riskFunction);
  type Call = typeof call;
  type Who = Parameters<Call>[0];
  async function data(who: Who, action: string, payload?: unknown, key?: string) {
    const r = await call(who, action, payload, key);
    if (!r.ok) throw new Error(`${action} failed: ${JSON.stringify(r.error)}`);
    return r.data;
  }
  /** A call answering one report. */
  const ok = async (who: Who, action: string, payload?: unknown, key?: string) =>
    (await data(who, action, payload, key)) as unknown as z.infer<typeof ReportView>;
  /** queue / mine answer pages of reports. */
  const list = async (who: Who, action: 'queue' | 'mine', payload: unknown = {}) =>
    (await data(who, action, payload)) as unknown as {
      items: Array<z.infer<typeof ReportSummary> & Partial<z.infer<typeof ReportView>>>;
      nextCursor: string | null;
    };
  const publicity = async (who: Who) =>
    (await data(who, 'publicity', {})) as unknown as {
      items: Array<z.infer<typeof PublicityView>>;
    };
  const stats = async (who: Who) =>
    (await data(who, 'stats', {})) as unknown as z.infer<typeof StatsView>;
  /** A photo sent as the phone does: `startUpload`, the bytes to storage, then `uploadPhoto`. */
  const upload = async (who: Who, bytes: Buffer) => {
    const photo = await sendAsClient(t.platform, call, who, bytes);
    return (await data(who, 'uploadPhoto', { photo })) as unknown as {
      fileId: string;
      url: string;
    };
  };
  const days = (n: number) => t.clock.advance(n * 86_400_000);
  const report = (over: Record<string, unknown> = {}) => ({
    risks: ['illness'],
    occurredOn: '2026-11-20',
    description: '老伴住院做手术，花了很多钱',
    estimatedCost: 50_000,
    contactPhone: '13893010011',
    consent: { version: RISK_CONSENT.version, agreed: true },
    ...over,
  });
  const visit = (over: Record<string, unknown> = {}) => ({
    visitedOn: '2026-11-28',
    incomePerHead: 6000,
    confirmedRisks: ['illness'],
    note: '入户看了，情况属实',
    ...over,
  });
  async function review(who: Who, reportId: string, decision: string, extra: object = {}) {
    t.clock.advance(60_000); // steps a minute apart, so timelines sort
    const cur = await ok(who, 'get', { reportId });
    return ok(who, 'review', {
      reportId,
      expectedVersion: cur.version,
      decision,
      ...extra,
    });
  }
  /** submitted → village_verified → (公示 ends) → town_reviewed → city_approved. */
  async function toCityApproved(over: Record<string, unknown> = {}) {
    const r = await ok('villager', 'submit', report(over));
    await review('village_cadre', r.reportId, 'approve', { visit: visit() });
    days(6);
    await review('town_reviewer', r.reportId, 'approve');
    return review('city_approver', r.reportId, 'approve');
  }
  return { call, ok, list, publicity, stats, upload, days, report, visit, review, toCityApproved };
}
