import type { Doc } from '../platform/ports/store';
import type { PolicyDoc, PolicyVersionDoc } from './policy-collections';

function content(p: PolicyDoc | PolicyVersionDoc) {
  return {
    title: p.title,
    category: p.category,
    summary: p.summary,
    body: p.body,
    faq: p.faq,
    examples: p.examples,
    sourceDocument: p.sourceDocument,
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo,
    keywords: p.keywords,
  };
}

export function toPolicySummary(p: Doc<PolicyDoc>) {
  return {
    policyId: p._id,
    version: p.version,
    title: p.title,
    category: p.category,
    summary: p.summary,
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo,
  };
}

export function toPolicyView(policyId: string, p: PolicyDoc | PolicyVersionDoc, current: boolean) {
  return {
    policyId,
    version: p.version,
    current,
    updatedAt: p.updatedAt,
    demo: p.demo,
    ...content(p),
  };
}
