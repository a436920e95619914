import type { RiskStatus } from '@shared/risk/risk-statuses';

export type RiskLevel = 'village' | 'town' | 'city';

/** How a villager names each level: 村里 / 镇上 / 市里. */
export const LEVEL_WORD: Record<RiskLevel, string> = {
  village: '村里',
  town: '镇上',
  city: '市里',
};

/** The level that acts on a report waiting at `status` (null when nobody of government does). */
export function levelActingAt(status: RiskStatus | null): RiskLevel | null {
  switch (status) {
    case 'submitted':
    case 'city_approved':
      return 'village';
    case 'village_verified':
    case 'elimination_proposed':
      return 'town';
    case 'town_reviewed':
    case 'elimination_town_reviewed':
      return 'city';
    default:
      return null;
  }
}

/** The level of an official by role (villagers file; they are not a level). */
export function levelOfRole(role: string): RiskLevel | null {
  if (role === 'village_cadre') return 'village';
  if (role === 'town_reviewer') return 'town';
  if (role === 'city_approver' || role === 'admin') return 'city';
  return null;
}
