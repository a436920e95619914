import { DOCUMENT_ITEMS } from '@shared/claims/claim-documents';
import { AMOUNT_LABELS } from '@shared/claims/claim-schemes';
import { amountKeyOf, docItemOf, type StepId } from './claim-draft';

const FIXED: Record<string, { question: string; hint: string }> = {
  who: {
    question: '这次是给谁申请理赔？',
    hint: '给自己或自己家里申请，点第一个；替不方便的家人申请，点第二个，要带他（她）签字的委托书。',
  },
  proxy_relation: { question: '您是他（她）的什么人？', hint: '点一个就行。' },
  proxy_name: { question: '他（她）叫什么名字？', hint: '写要理赔的那个人的名字。' },
  type: {
    question: '是哪一种理赔？',
    hint: '点一张卡片。不知道选哪个，可以问村里。',
  },
  accident_outcome: {
    question: '意外以后，人是伤残了，还是去世了？',
    hint: '两种要交的材料不一样。',
  },
  incident: {
    question: '是哪一天的事？',
    hint: '住院的写住院那天；受灾、出意外的写出事那天。受灾的请在 24 小时内报案。',
  },
  checklist: {
    question: '材料齐不齐？',
    hint: '没拍的可以先提交，村里核对时会告诉您还要补什么。点一项可以回去拍。',
  },
  bank_name: {
    question: '钱打到哪家银行？',
    hint: '要用申请人自己名字开的银行卡或一卡通。点一个，或者自己写。',
  },
  bank_account: {
    question: '银行卡号是多少？',
    hint: '对着卡，按下面的数字键一位一位输入。填好后只显示最后 4 位。',
  },
  consent: {
    question: '请听一听这段授权，同意了才能申请',
    hint: '理赔要用到病情、花费和银行卡，这段话写的是给谁看、做什么用。',
  },
  confirm: {
    question: '请核对一下，没问题就提交',
    hint: '哪一项不对，点旁边的“改”。',
  },
};

/** Each screen's question and one line of help, as a cadre would ask at the door. */
export function claimQuestion(step: StepId): { question: string; hint: string } {
  const key = amountKeyOf(step);
  if (key)
    return {
      question: `${AMOUNT_LABELS[key].label}是多少？`,
      hint: `${AMOUNT_LABELS[key].hint}。按数字键填，单位是元。`,
    };
  const item = docItemOf(step);
  if (item)
    return {
      question: `请拍${DOCUMENT_ITEMS[item].label}`,
      hint: `${DOCUMENT_ITEMS[item].hint}。可以拍几张；现在没有就点“下一步”，以后再补。`,
    };
  return FIXED[step] ?? { question: '', hint: '' };
}

/** 钱打到哪家银行: the banks villages use most, one tap each. */
export const COMMON_BANKS = [
  '农村信用社',
  '农商银行',
  '邮政储蓄银行',
  '农业银行',
  '建设银行',
  '工商银行',
  '中国银行',
] as const;
