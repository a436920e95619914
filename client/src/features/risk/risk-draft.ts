import {
  DISASTER_SUBTYPE_CODES,
  GREEN_CHANNEL_RISKS,
  PROXY_RELATION_CODES,
  RISK_TYPE_CODES,
  type DisasterSubtype,
  type ProxyRelation,
  type RiskType,
} from '@shared/risk/risk-catalogue';
import { isMobile } from '@shared/validation/mobile';
import { chinaToday } from './risk-dates';
import { isOneOf, isText } from '../question-form/draft-guards';

export const MAX_RISKS = 5;
export const PHOTOS_MAX = 6;
export const DESCRIPTION_MIN = 4;
export const DESCRIPTION_MAX = 300;
export const REASON_MAX = 40;
/** 1 亿元 is the contract's ceiling; nine digits is more than any family's loss. */
export const COST_DIGITS_MAX = 9;

/** What the 返贫风险申报 form keeps on the phone (per logged-in person, via useDraft). */
export interface RiskDraft {
  /** The screen the villager was on, so a closed app opens where they left off. */
  step: StepId;
  forWhom: 'self' | 'proxy' | null;
  relation: ProxyRelation | null;
  proxyName: string;
  proxyVillageId: string;
  proxyReason: string;
  risks: RiskType[];
  disasterSubtype: DisasterSubtype | null;
  /** YYYY-MM-DD, '' until chosen. */
  occurredOn: string;
  description: string;
  /** Whole 元 as typed on the number pad, '' until typed. */
  cost: string;
  /** Uploaded (fileId) or still on the phone (a held-photo marker, see images/held-photo.ts). */
  photos: { fileId: string; url: string; heldId?: string }[];
  phone: string;
  /** 绿色通道, asked only for 自然灾害 / 意外事故. */
  urgent: boolean | null;
  consentAgreed: boolean;
}

export const STEP_IDS = [
  'who',
  'proxy_relation',
  'proxy_name',
  'proxy_village',
  'proxy_reason',
  'risks',
  'disaster_subtype',
  'occurred',
  'description',
  'cost',
  'photos',
  'phone',
  'urgent',
  'consent',
  'confirm',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export const EMPTY_RISK_DRAFT: RiskDraft = {
  step: 'who',
  forWhom: null,
  relation: null,
  proxyName: '',
  proxyVillageId: '',
  proxyReason: '',
  risks: [],
  disasterSubtype: null,
  occurredOn: '',
  description: '',
  cost: '',
  photos: [],
  phone: '',
  urgent: null,
  consentAgreed: false,
};

export function isRiskDraft(value: unknown): value is RiskDraft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    isOneOf(STEP_IDS)(v.step) &&
    (v.forWhom === null || v.forWhom === 'self' || v.forWhom === 'proxy') &&
    (v.relation === null || isOneOf(PROXY_RELATION_CODES)(v.relation)) &&
    isText(v.proxyName) &&
    isText(v.proxyVillageId) &&
    isText(v.proxyReason) &&
    Array.isArray(v.risks) &&
    v.risks.every(isOneOf(RISK_TYPE_CODES)) &&
    (v.disasterSubtype === null || isOneOf(DISASTER_SUBTYPE_CODES)(v.disasterSubtype)) &&
    isText(v.occurredOn) &&
    isText(v.description) &&
    isText(v.cost) &&
    Array.isArray(v.photos) &&
    isText(v.phone) &&
    (v.urgent === null || typeof v.urgent === 'boolean') &&
    typeof v.consentAgreed === 'boolean'
  );
}

export const asksGreenChannel = (risks: readonly RiskType[]) =>
  risks.some((r) => GREEN_CHANNEL_RISKS.includes(r));

/** The screens this draft walks through, in order: proxy, sub-type and 绿色通道 only when they apply. */
export function stepsFor(draft: RiskDraft): StepId[] {
  return STEP_IDS.filter((id) => {
    if (id.startsWith('proxy_')) return draft.forWhom === 'proxy';
    if (id === 'disaster_subtype') return draft.risks.includes('disaster');
    if (id === 'urgent') return asksGreenChannel(draft.risks);
    return true;
  });
}

const NAME_PATTERN = /^[\u4e00-\u9fa5A-Za-z·.\s]+$/;

/**
 * Why 下一步 cannot go on yet (null when the screen is answered): the same limits as the
 * contract, said for this one screen.
 */
export function stepProblem(draft: RiskDraft, step: StepId, today = chinaToday()): string | null {
  switch (step) {
    case 'who':
      return draft.forWhom ? null : '请点一下：为自己家，还是替家人申报';
    case 'proxy_relation':
      return draft.relation ? null : '请选您和他（她）是什么关系';
    case 'proxy_name': {
      const name = draft.proxyName.trim();
      if (!name) return '请写上他（她）的名字';
      if (name.length > 20 || !NAME_PATTERN.test(name)) return '名字只能写汉字或字母';
      return null;
    }
    case 'proxy_village':
      return draft.proxyVillageId ? null : '请选他（她）住在哪个村';
    case 'proxy_reason': {
      const reason = draft.proxyReason.trim();
      if (reason.length < 2) return '请选或写一下为什么要替他（她）申报';
      return reason.length > REASON_MAX ? `最多写 ${REASON_MAX} 个字` : null;
    }
    case 'risks':
      if (draft.risks.length === 0) return '请至少选一种困难';
      return draft.risks.length > MAX_RISKS ? `最多选 ${MAX_RISKS} 种` : null;
    case 'disaster_subtype':
      return draft.disasterSubtype ? null : '请选是哪种自然灾害';
    case 'occurred':
      if (!draft.occurredOn) return '请选是哪一天发生的';
      return draft.occurredOn > today ? '日子不能是以后的' : null;
    case 'description': {
      const text = draft.description.trim();
      if (text.length < DESCRIPTION_MIN) return `请至少写 ${DESCRIPTION_MIN} 个字，说说是什么情况`;
      return text.length > DESCRIPTION_MAX ? `最多写 ${DESCRIPTION_MAX} 个字` : null;
    }
    case 'cost':
      return /^\d{1,9}$/.test(draft.cost) ? null : '请按数字键填一个大概的钱数，不知道就填 0';
    case 'photos':
      return draft.photos.length > PHOTOS_MAX ? `最多 ${PHOTOS_MAX} 张照片` : null;
    case 'phone':
      return draft.phone === '' || isMobile(draft.phone) ? null : '手机号应为11位，以1开头';
    case 'urgent':
      return draft.urgent === null ? '请点一下：是不是急需帮助' : null;
    case 'consent':
      return draft.consentAgreed ? null : '要点“我同意”才能提交申报';
    case 'confirm':
      return null;
  }
}
