/** Seeded local personas the gateway's dev login knows, with the labels the picker shows. */
export const PERSONAS = [
  { persona: 'villager', label: '村民（甲村）' },
  { persona: 'villager_b', label: '村民（乙村）' },
  { persona: 'village_cadre', label: '村干部（甲村）' },
  { persona: 'village_cadre_b', label: '村干部（乙村）' },
  { persona: 'town_reviewer', label: '镇审核员' },
  { persona: 'city_approver', label: '市审定员' },
  { persona: 'admin', label: '管理员（乡村振兴局）' },
  { persona: 'trainer', label: '培训老师' },
  { persona: 'insurer', label: '保险公司查勘员' },
] as const;

export type Persona = (typeof PERSONAS)[number]['persona'];

export function personaLabel(persona: string): string {
  return PERSONAS.find((p) => p.persona === persona)?.label ?? persona;
}
