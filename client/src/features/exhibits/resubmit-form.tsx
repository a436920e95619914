import Taro from '@tarojs/taro';
import { Input, Text, Textarea, View } from '@tarojs/components';
import Button from '@nutui/nutui-react-taro/dist/es/packages/button';
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import { useRemoteData } from '../../api/use-remote-data';
import { api } from '../../api/api';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { PHOTOS_MAX, STORY_MAX, TITLE_MAX } from './contribute-draft';
import { ExhibitCategoryTabs } from './exhibit-category-tabs';
import { ExhibitHistory } from './exhibit-history';
import { MY_EXHIBITS_PATH } from './exhibit-paths';
import { ExhibitStatusBadge } from './exhibit-status-badge';
import type { ExhibitDetailView } from './exhibits-api';
import { HeldPhotosNote } from '../images/held-photos-note';
import { PhotoPicker } from './photo-picker';
import { useResubmitForm } from './use-resubmit-form';
import './exhibit-card/exhibit-card.css';
import { FieldError } from '../../components/field-error/field-error';

function backToMine() {
  // Opened from 我的投稿: go back to it (it reloads); opened from a link: open it.
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.redirectTo({ url: MY_EXHIBITS_PATH });
}

function EditForm({ exhibit }: { exhibit: ExhibitDetailView }) {
  const { form, update, photos, removePhoto, state, send } = useResubmitForm(exhibit);
  if (state.phase === 'sent') {
    return (
      <View className="psv-card" data-testid="resubmit-sent" data-status={state.exhibit.status}>
        <View className="psv-subtitle">已重新提交</View>
        <ExhibitStatusBadge status={state.exhibit.status} />
        <View className="psv-text-secondary">村干部会再审核一次，通过后大家就能看到了。</View>
        <ExhibitHistory history={state.exhibit.history} />
        <View className="psv-button" data-testid="resubmit-back" onClick={backToMine}>
          <Text>回到我的投稿</Text>
        </View>
      </View>
    );
  }
  const fieldErrors = state.phase === 'error' ? state.fieldErrors : {};
  return (
    <View className="psv-card" data-testid="resubmit-form" data-exhibit-id={exhibit.exhibitId}>
      {exhibit.reviewNote && (
        <View className="psv-exhibit-note" data-testid="resubmit-note">
          村里的意见：{exhibit.reviewNote}
        </View>
      )}
      <View className="psv-field">
        <Text className="psv-field__label">是什么？</Text>
        <ExhibitCategoryTabs
          withAll={false}
          selected={form.category}
          onChange={(category) => category && update({ category })}
        />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">标题</Text>
        <Input
          className="psv-input"
          name="title"
          value={form.title}
          maxlength={TITLE_MAX}
          onInput={(event) => update({ title: event.detail.value })}
        />
        <FieldError message={fieldErrors.title} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">它的故事</Text>
        <Textarea
          className="psv-textarea"
          name="story"
          value={form.story}
          maxlength={STORY_MAX}
          onInput={(event) => update({ story: event.detail.value })}
        />
        <Text className="psv-text-secondary">
          {form.story.length}/{STORY_MAX}
        </Text>
        <FieldError message={fieldErrors.story} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">年代（可不填）</Text>
        <Input
          className="psv-input"
          name="era"
          value={form.era}
          maxlength={20}
          placeholder="比如：1970年代、清末"
          onInput={(event) => update({ era: event.detail.value })}
        />
        <FieldError message={fieldErrors.era} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">
          照片（{form.photos.length}/{PHOTOS_MAX}）
        </Text>
        <PhotoPicker
          photos={form.photos}
          uploads={photos.uploads}
          room={photos.room}
          onPick={() => void photos.pick()}
          onRemove={removePhoto}
          onDismiss={photos.dismiss}
          stateOf={photos.stateOf}
        />
        <HeldPhotosNote states={form.photos.map((p) => photos.stateOf(p.fileId))} />
        <FieldError message={fieldErrors.photos ?? fieldErrors.imageFileIds} />
      </View>
      {state.phase === 'error' && state.message && (
        <View className="psv-field__error" role="alert" data-testid="resubmit-error">
          {state.message}
        </View>
      )}
      <View data-testid="resubmit-send">
        <Button
          type="primary"
          size="large"
          block
          disabled={photos.busy || state.phase === 'sending'}
          onClick={send}
        >
          {photos.busy ? '照片正在压缩…' : state.phase === 'sending' ? '正在提交…' : '重新提交'}
        </Button>
      </View>
      <ExhibitHistory history={exhibit.history} />
    </View>
  );
}

/** 修改后重新提交: the contribute form in edit mode, prefilled from the returned contribution. */
export function ResubmitForm({ exhibitId }: { exhibitId: string }) {
  const exhibit = useRemoteData(() => api.exhibits.get({ exhibitId }));
  if (exhibit.state === 'loading') return <LoadingState text="正在打开您的投稿…" />;
  if (exhibit.state === 'error')
    return (
      <ErrorState
        message={exhibit.error.message}
        code={exhibit.error.code}
        onRetry={exhibit.reload}
      />
    );
  if (exhibit.data.status !== 'needs_edit')
    return (
      <EmptyState
        title="这份投稿现在不用修改"
        hint="只有村里退回修改的投稿才能改。可以在“我的投稿”里看它的进度。"
      />
    );
  return <EditForm exhibit={exhibit.data} />;
}
