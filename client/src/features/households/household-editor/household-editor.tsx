import { Input, Text, View } from '@tarojs/components';
import { CATEGORY_LABEL, categoryText } from '../household-labels';
import type { HouseholdCategory, HouseholdView } from '../households-api';
import type { HouseholdForm } from './household-form';
import { ADDRESS_MAX, MEMBERS_MAX } from './household-form';
import { MemberRowEditor } from './member-row';
import { useHouseholdEditor } from './use-household-editor';
import './household-editor.css';
import { FieldError } from '../../../components/field-error/field-error';

/** A new household is 一般户 or 已脱贫户; 三类户 only comes from the risk workflow (issue 12). */
const NEW_HOUSEHOLD_CATEGORIES: readonly HouseholdCategory[] = ['general', 'lifted'];

export interface VillageChoice {
  villageId: string;
  villageName: string;
}

/**
 * 新建户 (no `before`) or 编辑户情: address, category (new only; an edit changes it with a reason
 * through 调整户类), yearly income and the members. Saved with the version it was read at.
 */
export function HouseholdEditor({
  initial,
  before,
  villages,
  onSaved,
}: {
  initial: HouseholdForm;
  before: HouseholdView | null;
  villages: readonly VillageChoice[];
  onSaved: (householdId: string) => void;
}) {
  const e = useHouseholdEditor(initial, before, onSaved);
  const { form, fieldErrors } = e;
  return (
    <View className="psv-card" data-testid="household-editor" data-mode={before ? 'edit' : 'new'}>
      {before ? (
        <View className="psv-field">
          <Text className="psv-field__label">户类</Text>
          <Text>{categoryText(before.category, before.monitorType)}</Text>
          <View className="psv-text-secondary">户类要写明原因调整，请用下面的“调整户类”。</View>
        </View>
      ) : (
        <>
          <View className="psv-field">
            <Text className="psv-field__label">哪个村</Text>
            <View className="psv-choice-group" data-testid="editor-villages">
              {villages.map((v) => (
                <View
                  key={v.villageId}
                  data-village={v.villageId}
                  className={`psv-choice${form.villageId === v.villageId ? ' psv-choice--active' : ''}`}
                  onClick={() => e.update({ villageId: v.villageId })}
                >
                  <Text>{v.villageName}</Text>
                </View>
              ))}
            </View>
            <FieldError testId="field-error" message={fieldErrors.villageId} />
          </View>
          <View className="psv-field">
            <Text className="psv-field__label">户类</Text>
            <View className="psv-choice-group">
              {NEW_HOUSEHOLD_CATEGORIES.map((category) => (
                <View
                  key={category}
                  data-category={category}
                  className={`psv-choice${form.category === category ? ' psv-choice--active' : ''}`}
                  onClick={() => e.update({ category })}
                >
                  <Text>{CATEGORY_LABEL[category]}</Text>
                </View>
              ))}
            </View>
            <View className="psv-text-secondary">
              三类户（监测对象）要走“返贫风险监测”，村里核实、镇上审核、市里审定后自动调整。
            </View>
            <FieldError
              testId="field-error"
              message={fieldErrors.category ?? fieldErrors.monitorType}
            />
          </View>
        </>
      )}
      <View className="psv-field">
        <Text className="psv-field__label">住址（村民小组、门牌）</Text>
        <Input
          className="psv-input"
          name="address"
          value={form.address}
          maxlength={ADDRESS_MAX}
          placeholder="例如：祁牟村三社12号"
          onInput={(event) => e.update({ address: event.detail.value })}
        />
        <FieldError testId="field-error" message={fieldErrors.address} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">家庭年收入（元）</Text>
        <Input
          className="psv-input"
          name="annualIncome"
          type="number"
          value={form.annualIncome}
          maxlength={9}
          placeholder="全家一年的纯收入，没有就填 0"
          onInput={(event) => e.update({ annualIncome: event.detail.value })}
        />
        <FieldError testId="field-error" message={fieldErrors.annualIncome} />
      </View>
      <View className="psv-subtitle">家庭成员（{form.members.length} 人）</View>
      <FieldError testId="field-error" message={fieldErrors.members} />
      {form.members.map((row, index) => (
        <MemberRowEditor
          key={row.rowKey}
          index={index}
          row={row}
          errors={fieldErrors}
          onChange={(patch) => e.updateMember(index, patch)}
          onRemove={() => e.removeMember(index)}
        />
      ))}
      {form.members.length < MEMBERS_MAX && (
        <View className="psv-button" data-testid="member-add" onClick={e.addMember}>
          <Text>＋ 添加一位成员</Text>
        </View>
      )}
      <View className="psv-text-secondary">
        身份证号保存后只显示后 4 位，电话只显示部分数字；全号加密保存，谁查看都有记录。
      </View>
      {!before && (
        <View className="psv-field">
          <View
            className="psv-consent"
            data-testid="editor-consent"
            onClick={() => e.update({ consent: !form.consent })}
          >
            <View className={`psv-consent__box${form.consent ? ' psv-consent__box--on' : ''}`}>
              {form.consent ? '✓' : ''}
            </View>
            <Text>已向农户宣读《户情信息采集告知书》，农户同意登记</Text>
          </View>
          <FieldError
            testId="field-error"
            message={fieldErrors.consent ?? fieldErrors.consentVersion}
          />
        </View>
      )}
      <View
        className="psv-button psv-button--primary"
        data-testid="household-save"
        onClick={() => void e.submit()}
      >
        <Text>{e.sending ? '正在保存…' : before ? '保存修改' : '建立档案'}</Text>
      </View>
      {e.message && (
        <View className="psv-text-secondary" role="status" data-testid="editor-message">
          {e.message}
        </View>
      )}
    </View>
  );
}
