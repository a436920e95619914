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
