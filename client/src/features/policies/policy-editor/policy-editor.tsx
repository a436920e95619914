import { Input, Text, Textarea, View } from '@tarojs/components';
import { POLICY_CATEGORIES, POLICY_CATEGORY_LABEL } from '@shared/policies/policy-labels';
import type { PolicyArticle } from '../policies-api';
import type { PolicyForm } from './policy-form';
import { POLICY_LIMITS } from './policy-form';
import { usePolicyEditor } from './use-policy-editor';
import './policy-editor.css';
import { FieldError } from '../../../components/field-error/field-error';

/**
 * 编辑政策 (with `before`) or 新增政策: title, category, summary, body sections, source and
 * effective dates. Saving publishes a new version; FAQ and examples carry over unchanged.
 */
export function PolicyEditor({
  initial,
  before,
  onSaved,
}: {
  initial: PolicyForm;
  before: PolicyArticle | null;
  onSaved: (policyId: string) => void;
}) {
  const p = usePolicyEditor(initial, before, onSaved);
  const { form, fieldErrors } = p;
  const L = POLICY_LIMITS;
  return (
    <View
      className="psv-card psv-policy-editor"
      data-testid="policy-editor"
      data-mode={before ? 'edit' : 'new'}
    >
      {before ? (
        <View className="psv-field psv-text-secondary" data-testid="policy-editor-version">
          现在是第 {before.version} 版。保存后成为第 {before.version + 1}{' '}
          版，旧版本留在“历史版本”里，随时能看。
        </View>
      ) : (
        <View className="psv-field">
          <Text className="psv-field__label">政策编号（保存后不能改）</Text>
          <Input
            className="psv-input"
            name="policyId"
            value={form.policyId}
            maxlength={60}
            placeholder="小写字母、数字和横线，例如 pension-2027"
            onInput={(event) => p.update({ policyId: event.detail.value })}
          />
          <FieldError testId="field-error" message={fieldErrors.policyId} />
        </View>
      )}
      <View className="psv-field">
        <Text className="psv-field__label">标题</Text>
        <Input
          className="psv-input"
          name="title"
          value={form.title}
          maxlength={L.title}
          onInput={(event) => p.update({ title: event.detail.value })}
        />
        <FieldError testId="field-error" message={fieldErrors.title} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">类别</Text>
        <View className="psv-choice-group">
          {POLICY_CATEGORIES.map((category) => (
            <View
              key={category}
              data-category={category}
              className={`psv-choice${form.category === category ? ' psv-choice--active' : ''}`}
              onClick={() => p.update({ category })}
            >
              <Text>{POLICY_CATEGORY_LABEL[category]}</Text>
            </View>
          ))}
        </View>
        <FieldError testId="field-error" message={fieldErrors.category} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">一句话说明（列表里显示）</Text>
        <Textarea
          className="psv-textarea"
          name="summary"
          value={form.summary}
          autoHeight
          maxlength={L.summary}
          onInput={(event) => p.update({ summary: event.detail.value })}
        />
        <Text className="psv-text-secondary">
          {form.summary.length}/{L.summary}
        </Text>
        <FieldError testId="field-error" message={fieldErrors.summary} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">正文（每段用大白话讲一件事）</Text>
        <FieldError testId="field-error" message={fieldErrors.body} />
        {form.body.map((section, index) => (
          <View key={index} className="psv-field" data-testid="policy-section" data-index={index}>
            <View className="psv-row">
              <Text>第 {index + 1} 段</Text>
              {form.body.length > 1 && (
                <View
                  className="psv-text-secondary"
                  data-testid="policy-section-remove"
                  onClick={() => p.removeSection(index)}
                >
                  <Text>删掉这段</Text>
                </View>
              )}
            </View>
            <Textarea
              className="psv-textarea"
              name={`body-${index}`}
              value={section}
              autoHeight
              maxlength={L.section}
              onInput={(event) => p.setSection(index, event.detail.value)}
            />
            <FieldError testId="field-error" message={fieldErrors[`body.${index}`]} />
          </View>
        ))}
        {form.body.length < L.sections && (
          <View className="psv-button" data-testid="policy-section-add" onClick={p.addSection}>
            <Text>＋ 加一段</Text>
          </View>
        )}
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">依据的文件</Text>
        <Input
          className="psv-input"
          name="sourceDocument"
          value={form.sourceDocument}
          maxlength={L.source}
          placeholder="例如：《国务院关于……的意见》"
          onInput={(event) => p.update({ sourceDocument: event.detail.value })}
        />
        <FieldError testId="field-error" message={fieldErrors.sourceDocument} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">生效日期</Text>
        <Input
          className="psv-input"
          name="effectiveFrom"
          value={form.effectiveFrom}
          maxlength={10}
          placeholder="2026-01-31"
          onInput={(event) => p.update({ effectiveFrom: event.detail.value })}
        />
        <FieldError testId="field-error" message={fieldErrors.effectiveFrom} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">截止日期（长期有效就不填）</Text>
        <Input
          className="psv-input"
          name="effectiveTo"
          value={form.effectiveTo}
          maxlength={10}
          placeholder="2027-12-31"
          onInput={(event) => p.update({ effectiveTo: event.detail.value })}
        />
        <FieldError testId="field-error" message={fieldErrors.effectiveTo} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">搜索词（用空格隔开）</Text>
        <Input
          className="psv-input"
          name="keywords"
          value={form.keywords}
          placeholder="上学 看病 贷款"
          onInput={(event) => p.update({ keywords: event.detail.value })}
        />
        <FieldError testId="field-error" message={fieldErrors.keywords} />
      </View>
      {before && (
        <View className="psv-text-secondary">
          常见问题 {before.faq.length} 条、举例 {before.examples.length}{' '}
          条原样保留。谁能享受的判断规则是系统数据，不在这里改。
        </View>
      )}
      <View className="psv-field">
        <Text className="psv-field__label">修改说明（可不填，历史版本里显示）</Text>
        <Input
          className="psv-input"
          name="changeNote"
          value={form.changeNote}
          maxlength={L.changeNote}
          placeholder={before ? '例如：2027年起标准提高' : '例如：首次发布'}
          onInput={(event) => p.update({ changeNote: event.detail.value })}
        />
        <FieldError testId="field-error" message={fieldErrors.changeNote} />
      </View>
      <View
        className="psv-button psv-button--primary"
        data-testid="policy-save"
        onClick={() => void p.submit()}
      >
        <Text>{p.sending ? '正在保存…' : before ? '保存为新版本' : '发布政策'}</Text>
      </View>
      {p.message && (
        <View className="psv-text-secondary" role="status" data-testid="policy-editor-message">
          {p.message}
        </View>
      )}
    </View>
  );
}
