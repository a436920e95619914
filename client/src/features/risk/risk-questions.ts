import type { StepId } from './risk-draft';

/** Each screen's question and one line of help, as a cadre would ask at the door. */
export const RISK_QUESTIONS: Record<StepId, { question: string; hint: string }> = {
  who: {
    question: '这次是为谁申报？',
    hint: '给自己家申报，点第一个；帮家里老人、残疾或不识字的亲人申报，点第二个。',
  },
  proxy_relation: { question: '您是他（她）的什么人？', hint: '点一个就行。' },
  proxy_name: { question: '他（她）叫什么名字？', hint: '写户主或遇到困难的那个人的名字。' },
  proxy_village: {
    question: '他（她）住在哪个村？',
    hint: '左右滑动找到村名，点一下。',
  },
  proxy_reason: {
    question: '他（她）为什么不能自己申报？',
    hint: '点一个，或者自己写几个字。',
  },
  risks: {
    question: '家里遇到了什么困难？',
    hint: '可以选几种，最多 5 种。再点一下就取消。',
  },
  disaster_subtype: { question: '是哪种自然灾害？', hint: '点一个最接近的。' },
  occurred: {
    question: '是什么时候发生的？',
    hint: '记不清是哪一天，选个大概的日子就行。',
  },
  description: {
    question: '说说是什么情况',
    hint: '比如：谁得了什么病、住了多久的院；或者房子哪里塌了。写几句就行，也可以请家人帮忙写。',
  },
  cost: {
    question: '大概花了或者损失了多少钱？',
    hint: '按下面的数字键，填个大概的数，单位是元。不知道就填 0。',
  },
  photos: {
    question: '有照片吗？（可以不传）',
    hint: '比如病历、发票、受灾的房子。没有就直接点“下一步”。',
  },
  phone: {
    question: '留个电话吧（可以不填）',
    hint: '村里核实时好联系您。电话只给工作人员看，会打码保护。不填就直接点“下一步”。',
  },
  urgent: {
    question: '是不是急需帮助？',
    hint: '房子塌了没地方住、人受了重伤这样的急事，可以走“绿色通道”：先帮忙，手续后补。',
  },
  consent: {
    question: '请听一听这段授权，同意了才能申报',
    hint: '这是申报要签的授权书，写的是村里、镇上、市里要核实您家的情况。',
  },
  confirm: {
    question: '请核对一下，没问题就提交',
    hint: '哪一项不对，点旁边的“改”。',
  },
};

/** 为什么不能自己申报: common answers, one tap each. */
export const PROXY_REASONS = ['年纪大了', '有残疾', '不识字', '生病住院了', '在外地'] as const;
