import type { z } from 'zod';
import { CLAIM_CONSENT } from '../../shared/src/claims/claim-schemas';
import type {
  ClaimPublicityView,
  ClaimStatsView,
  ClaimSummary,
  ClaimView,
} from '../../shared/src/claims/claim-views';
import { demoImagePng } from '../exhibits/seed/demo-image';
import { sendAsClient } from '../platform/test-support/direct-upload-kit';
import type { TestPlatform } from '../platform/test-support/test-platform';
import { claimsFunction } from './claims-function';

/** The papers of an illness claim filed for oneself, without the settlement slips. */
export const ILLNESS_ITEMS_BUT_SLIPS = [
  'id_card',
  'hukou',
  'bank_card',
  'invoices',
  'itemised_bill',
  'discharge_summary',
  'diagnosis',
] as const;

/** Test helpers for the claims function (used by the claims jest files only). */
export function claimsKit(t: TestPlatform) {
  const call = t.client(claimsFunction);
  type Call = typeof call;
  type Who = Parameters<Call>[0];
  async function data(who: Who, action: string, payload?: unknown, key?: string) {
    const r = await call(who, action, payload, key);
    if (!r.ok) throw new Error(`${action} failed: ${JSON.stringify(r.error)}`);
    return r.data;
  }
  /** A call answering one claim. */
  const ok = async (who: Who, action: string, payload?: unknown, key?: string) =>
    (await data(who, action, payload, key)) as unknown as z.infer<typeof ClaimView>;
  const list = async (who: Who, action: 'queue' | 'mine', payload: unknown = {}) =>
    (await data(who, action, payload)) as unknown as {
      items: Array<z.infer<typeof ClaimSummary> & Partial<z.infer<typeof ClaimView>>>;
      nextCursor: string | null;
    };
  const publicity = async (who: Who) =>
    (await data(who, 'publicity', {})) as unknown as {
      items: Array<z.infer<typeof ClaimPublicityView>>;
    };
  const stats = async (who: Who) =>
    (await data(who, 'stats', {})) as unknown as z.infer<typeof ClaimStatsView>;
  let seq = 0;
  /** A photo sent as the phone does: `startUpload`, the bytes to storage, then `uploadPhoto`. */
  const upload = async (who: Who) => {
    seq += 1;
    const photo = await sendAsClient(t.platform, call, who, demoImagePng(seq, 24, 16));
    return (await data(who, 'uploadPhoto', { photo })) as unknown as { fileId: string };
  };
  /** One photo each for the given papers, uploaded by `who`. */
  const papers = async (who: Who, items: readonly string[]) => {
    const out: Array<{ item: string; fileIds: string[] }> = [];
    for (const item of items) out.push({ item, fileIds: [(await upload(who)).fileId] });
    return out;
  };
  const days = (n: number) => t.clock.advance(n * 86_400_000);
  const claim = (over: Record<string, unknown> = {}) => ({
    type: 'illness',
    incidentOn: '2026-11-10',
    amounts: { selfPaid: 40_000 },
    documents: [],
    bankName: '甘肃农村信用社',
    bankAccount: '6229 1234 5678 9012 345',
    consent: { ...CLAIM_CONSENT, at: '2026-11-28T01:59:00.000Z' },
    ...over,
  });
  /** An illness claim with every paper (the authorisation too when filed by proxy). */
  async function fileIllness(who: Who = 'villager', over: Record<string, unknown> = {}) {
    const documents = await papers(who, [
      ...ILLNESS_ITEMS_BUT_SLIPS,
      'settlement_slips',
      ...(over.proxy ? ['proxy_authorisation'] : []),
    ]);
    return ok(who, 'submit', claim({ documents, ...over }));
  }
  /** A claim of any type with one photo for each of `items`. */
  async function file(who: Who, items: readonly string[], over: Record<string, unknown>) {
    return ok(who, 'submit', claim({ documents: await papers(who, items), ...over }));
  }
  /** Every attached paper checked ok. */
  const allOk = (c: z.infer<typeof ClaimView>) =>
    c.documents.map((d) => ({ item: d.item, state: 'ok' }));
  async function review(who: Who, claimId: string, decision: string, extra: object = {}) {
    t.clock.advance(60_000); // steps a minute apart, so timelines sort
    const cur = await ok(who, 'get', { claimId });
    return ok(who, 'review', { claimId, expectedVersion: cur.version, decision, ...extra });
  }
  const survey = (over: Record<string, unknown> = {}) => ({
    surveyedOn: '2026-11-28',
    assessedAmount: 20_500,
    note: '入户看了，住院属实，票据齐全',
    ...over,
  });
  /** reported → materials_checked → town_reviewed → surveyed. */
  async function toSurveyed(who: Who = 'villager', over: Record<string, unknown> = {}) {
    const c = await fileIllness(who, over);
    await review('village_cadre', c.claimId, 'approve', { checks: allOk(c) });
    await review('town_reviewer', c.claimId, 'approve');
    return review('insurer', c.claimId, 'approve', { survey: survey() });
  }
  return {
    call,
    ok,
    list,
    publicity,
    stats,
    upload,
    papers,
    days,
    claim,
    fileIllness,
    file,
    allOk,
    review,
    survey,
    toSurveyed,
  };
}
