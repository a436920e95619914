import {
  AMOUNT_LABELS,
  CLAIM_TYPES,
  DEMO_CLAIM_SCHEME,
} from '../../shared/src/claims/claim-schemes';

/** The claim types, the amounts each takes and the payout rule, as the form shows them. */
export function schemes() {
  const s = DEMO_CLAIM_SCHEME;
  return Promise.resolve({
    scheme: { id: s.id, label: s.label, isDemo: s.isDemo, note: s.note, source: s.source },
    types: CLAIM_TYPES.map((type) => {
      const def = s.types[type];
      return {
        type,
        label: def.label,
        hint: def.hint,
        icon: def.icon,
        amounts: def.amounts.map((a) => ({ key: a.key, ...AMOUNT_LABELS[a.key], sign: a.sign })),
        deductible: def.rule.deductible,
        bands: def.rule.bands.map((b) => ({ width: b.width, ratePercent: b.ratePercent })),
        yearlyCap: def.rule.yearlyCap,
      };
    }),
  });
}
