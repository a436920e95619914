import { useEffect, useState } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { ExhibitCategoryTabs } from './exhibit-category-tabs';
import { STORY_MAX, TITLE_MAX } from './contribute-draft';
import type { ExhibitDetailView } from './exhibits-api';
import { useCurate } from './use-curate';

/** 修改展品, for the village's cadre under a published exhibit (folded until opened). */
export function CuratePanel({
  exhibit,
  onSaved,
}: {
  exhibit: ExhibitDetailView;
  /** Given the saved exhibit, so the page shows the new text at once. */
  onSaved: (saved: ExhibitDetailView) => void;
}) {
  const [open, setOpen] = useState(false);
  const { form, update, dirty, state, save } = useCurate(exhibit);
  const saved = state.phase === 'saved' ? state.exhibit : null;
  useEffect(() => {
    if (saved) onSaved(saved);
  }, [saved, onSaved]);
  if (!open) {
    return (
      <View className="psv-button" data-testid="curate-open" onClick={() => setOpen(true)}>
        <Text>修改展品（村干部）</Text>
      </View>
    );
  }
  const fieldErrors = state.phase === 'error' ? state.fieldErrors : {};
  return (
    <View className="psv-card" data-testid="curate-panel">
      <View className="psv-subtitle">修改展品</View>
      <ExhibitCategoryTabs
        withAll={false}
        selected={form.category}
        onChange={(category) => category && update({ category })}
      />
      <Input
        className="psv-input"
        name="title"
        value={form.title}
        maxlength={TITLE_MAX}
        onInput={(event) => update({ title: event.detail.value })}
      />
      {fieldErrors.title && <View className="psv-field__error">{fieldErrors.title}</View>}
      <Textarea
        className="psv-textarea"
        name="story"
        value={form.story}
        maxlength={STORY_MAX}
        onInput={(event) => update({ story: event.detail.value })}
      />
      {fieldErrors.story && <View className="psv-field__error">{fieldErrors.story}</View>}
      <Input
        className="psv-input"
        name="era"
        value={form.era}
        maxlength={20}
        placeholder="年代（可不填）"
        onInput={(event) => update({ era: event.detail.value })}
      />
      {state.phase === 'error' && (
        <View className="psv-field__error" role="alert">
          {state.message}
        </View>
      )}
      {state.phase === 'saved' && !dirty && (
        <View className="psv-text-secondary" role="status" data-testid="curate-saved">
          已保存。
        </View>
      )}
      <View className="psv-row">
        <View className="psv-button" onClick={() => setOpen(false)}>
          <Text>收起</Text>
        </View>
        <View
          className={`psv-button${dirty ? ' psv-button--primary' : ''}`}
          data-testid="curate-save"
          onClick={save}
        >
          <Text>{state.phase === 'sending' ? '正在保存…' : '保存修改'}</Text>
        </View>
      </View>
    </View>
  );
}
