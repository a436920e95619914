/** "2024-01-01" → "2024年1月1日"; anything else is shown as it is. */
export function formatPolicyDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** When a policy applies, in words: "2024年1月1日起施行" or "…起，到…为止". */
export function effectiveText(effectiveFrom: string, effectiveTo: string | null): string {
  const from = `${formatPolicyDate(effectiveFrom)}起施行`;
  return effectiveTo ? `${from}，到${formatPolicyDate(effectiveTo)}为止` : `${from}，长期有效`;
}
