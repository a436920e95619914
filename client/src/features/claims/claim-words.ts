import { groupedDigits } from '../risk/number-pad';
import type { ClaimLevel } from './claims-api';

/** How a family names each level that works a claim. */
export const CLAIM_LEVEL_WORD: Record<ClaimLevel, string> = {
  village: '村里',
  town: '镇上',
  insurer: '保险公司',
  city: '市里',
};

/** The level of an official by role (families file; they are not a level). */
export function claimLevelOfRole(role: string): ClaimLevel | null {
  if (role === 'village_cadre') return 'village';
  if (role === 'town_reviewer') return 'town';
  if (role === 'insurer') return 'insurer';
  if (role === 'city_approver' || role === 'admin') return 'city';
  return null;
}

/** 20500 → 「20,500 元」. */
export function yuanText(amount: number): string {
  return `${groupedDigits(String(amount))} 元`;
}

/** Only the last 4 digits of a bank account: 「****2108」. */
export function maskedAccount(last4: string): string {
  return `****${last4}`;
}
