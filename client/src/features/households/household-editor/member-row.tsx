import { Input, Text, View } from '@tarojs/components';
import { RELATION_LABEL } from '../household-labels';
import type { Relation } from '../households-api';
import type { MemberRow } from './household-form';
import { idNumberFacts } from './household-form';
import { FieldError } from '../../../components/field-error/field-error';

const RELATIONS = Object.keys(RELATION_LABEL) as Relation[];

/**
 * One family member: name, relation, ID number (typed for a new member; only the masked form
 * for one on file, whose number stays on the server), phone. Errors come keyed like the
 * server's (`members.<index>.<field>`) and show on this row.
 */
export function MemberRowEditor({
  index,
  row,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  row: MemberRow;
  errors: Record<string, string>;
  onChange: (patch: Partial<MemberRow>) => void;
  onRemove: () => void;
}) {
  const error = (field: string) => errors[`members.${index}.${field}`];
  const hasError = ['name', 'idNumber', 'phone', 'memberId'].some((f) => error(f));
  const facts = row.idNumber ? idNumberFacts(row.idNumber) : null;
  return (
    <View
      className={`psv-member-row${hasError ? ' psv-member-row--error' : ''}`}
      data-testid="member-row"
      data-row={index}
    >
      <View className="psv-member-row__head">
        <Text>第 {index + 1} 位成员</Text>
        <View className="psv-member-row__remove" data-testid="member-remove" onClick={onRemove}>
          <Text>移除</Text>
        </View>
      </View>
      <FieldError testId="field-error" message={error('memberId')} />
      <View className="psv-field">
        <Text className="psv-field__label">姓名</Text>
        <Input
          className="psv-input"
          name="memberName"
          value={row.name}
          maxlength={20}
          placeholder="身份证上的名字"
          onInput={(event) => onChange({ name: event.detail.value })}
        />
        <FieldError testId="field-error" message={error('name')} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">与户主关系</Text>
        <View className="psv-choice-group">
          {RELATIONS.map((relation) => (
            <View
              key={relation}
              data-relation={relation}
              className={`psv-choice${row.relation === relation ? ' psv-choice--active' : ''}`}
              onClick={() => onChange({ relation })}
            >
              <Text>{RELATION_LABEL[relation]}</Text>
            </View>
          ))}
        </View>
        <FieldError testId="field-error" message={error('relation')} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">身份证号</Text>
        {row.memberId ? (
          <View className="psv-text-secondary" data-testid="member-id-masked">
            {/\d/.test(row.idNumberMasked ?? '') ? row.idNumberMasked : '已登记（不显示号码）'}
            ，已登记的号码不再显示全号
          </View>
        ) : (
          <Input
            className="psv-input"
            name="memberIdNumber"
            type="idcard"
            value={row.idNumber}
            maxlength={18}
            placeholder="18位，最后一位可以是X"
            onInput={(event) => onChange({ idNumber: event.detail.value })}
          />
        )}
        {facts && <View className="psv-text-secondary">{facts}</View>}
        <FieldError testId="field-error" message={error('idNumber')} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">手机号（可不填）</Text>
        {row.phoneMasked && (
          <View className="psv-text-secondary">现在登记的：{row.phoneMasked}（不改就不填）</View>
        )}
        <Input
          className="psv-input"
          name="memberPhone"
          type="number"
          value={row.phone}
          maxlength={11}
          placeholder="11位手机号"
          onInput={(event) => onChange({ phone: event.detail.value })}
        />
        <FieldError testId="field-error" message={error('phone')} />
      </View>
    </View>
  );
}
