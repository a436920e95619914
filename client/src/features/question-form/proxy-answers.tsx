import { Input, Text, View } from '@tarojs/components';
import {
  PROXY_RELATIONS,
  PROXY_RELATION_CODES,
  type ProxyRelation,
} from '@shared/risk/risk-catalogue';
import { AnswerButton } from './answer-button';

/** 为自己 / 替家人: the first screen of a form a family member may fill for another. */
export function WhoAnswers({
  prefix,
  value,
  selfLabel,
  proxyLabel,
  onChange,
}: {
  prefix: string;
  value: 'self' | 'proxy' | null;
  selfLabel: string;
  proxyLabel: string;
  onChange: (value: 'self' | 'proxy') => void;
}) {
  return (
    <View className="psv-risk-answers">
      <AnswerButton
        on={value === 'self'}
        testId={`${prefix}-who-self`}
        onPress={() => onChange('self')}
      >
        <Text>{selfLabel}</Text>
      </AnswerButton>
      <AnswerButton
        on={value === 'proxy'}
        testId={`${prefix}-who-proxy`}
        onPress={() => onChange('proxy')}
      >
        <Text>{proxyLabel}</Text>
      </AnswerButton>
    </View>
  );
}

/** 您是他（她）的什么人: one big button per relation. */
export function ProxyRelationAnswers({
  prefix,
  value,
  onChange,
}: {
  prefix: string;
  value: ProxyRelation | null;
  onChange: (relation: ProxyRelation) => void;
}) {
  return (
    <View className="psv-risk-grid">
      {PROXY_RELATION_CODES.map((code) => (
        <AnswerButton
          key={code}
          on={value === code}
          testId={`${prefix}-relation-${code}`}
          onPress={() => onChange(code)}
        >
          <Text>{PROXY_RELATIONS[code]}</Text>
        </AnswerButton>
      ))}
    </View>
  );
}

/** 他（她）叫什么名字. */
export function ProxyNameInput({
  prefix,
  value,
  onChange,
}: {
  prefix: string;
  value: string;
  onChange: (name: string) => void;
}) {
  return (
    <Input
      className="psv-input psv-risk-big-input"
      data-testid={`${prefix}-proxy-name`}
      name="proxyName"
      value={value}
      maxlength={20}
      placeholder="比如：马福海"
      onInput={(e) => onChange(e.detail.value)}
    />
  );
}

export type ProxyStep = 'who' | 'proxy_relation' | 'proxy_name';
export const isProxyStep = (step: string): step is ProxyStep =>
  step === 'who' || step === 'proxy_relation' || step === 'proxy_name';

/** The answer area of 为谁, 什么关系 and 叫什么名字, for any form that may be filled for another. */
export function ProxyStepBody({
  prefix,
  step,
  values,
  labels,
  update,
}: {
  prefix: string;
  step: ProxyStep;
  values: { forWhom: 'self' | 'proxy' | null; relation: ProxyRelation | null; proxyName: string };
  labels: { self: string; proxy: string };
  update: (
    patch: Partial<{ forWhom: 'self' | 'proxy'; relation: ProxyRelation; proxyName: string }>,
  ) => void;
}) {
  if (step === 'who')
    return (
      <WhoAnswers
        prefix={prefix}
        value={values.forWhom}
        selfLabel={labels.self}
        proxyLabel={labels.proxy}
        onChange={(forWhom) => update({ forWhom })}
      />
    );
  if (step === 'proxy_relation')
    return (
      <ProxyRelationAnswers
        prefix={prefix}
        value={values.relation}
        onChange={(relation) => update({ relation })}
      />
    );
  return (
    <ProxyNameInput
      prefix={prefix}
      value={values.proxyName}
      onChange={(proxyName) => update({ proxyName })}
    />
  );
}
