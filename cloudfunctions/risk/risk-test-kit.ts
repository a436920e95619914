import { RISK_CONSENT } from '../../shared/src/risk/risk-catalogue';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { riskFunction } from './risk-function';

/** Test helpers for the risk function (used by the risk jest files only). */
export function riskKit(t: TestPlatform) {
  const call = t.client(riskFunction);
  type Call = typeof call;
  type Who = Parameters<Call>[0];
  async function ok(who: Who, action: string, payload?: unknown, key?: string) {
    const r = await call(who, action, payload, key);
    if (!r.ok) throw new Error(`${action} failed: ${JSON.stringify(r.error)}`);
    return r.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads
  }
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
  return { call, ok, days, report, visit, review, toCityApproved };
}
