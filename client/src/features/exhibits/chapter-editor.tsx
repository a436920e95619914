import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, Textarea, View } from '@tarojs/components';
import { api } from '../../api/api';
import { useRemoteData } from '../../api/use-remote-data';
import { ErrorState, LoadingState } from '../../components/page-state/page-state';
import type { ChapterDraft } from './chapter-drafts';
import { CHAPTER_TEXT_MAX, CHAPTER_TITLE_MAX, draftOf, newChapter } from './chapter-drafts';
import { readerPath } from './exhibit-paths';
import type { ChapterSaveState } from './use-chapter-editor';
import { useChapterSave } from './use-chapter-editor';
import './exhibit-card/exhibit-card.css';
import { FieldError } from '../../components/field-error/field-error';

function ChapterCard({
  draft,
  itemCount,
  state,
  onChange,
  onSave,
}: {
  draft: ChapterDraft;
  itemCount: number;
  state: ChapterSaveState;
  onChange: (patch: Partial<ChapterDraft>) => void;
  onSave: () => void;
}) {
  const fieldErrors = state.phase === 'error' ? state.fieldErrors : {};
  return (
    <View className="psv-card" data-testid="chapter-edit" data-chapter={draft.chapterId}>
      <View className="psv-subtitle">{draft.added ? '新的一章' : `第 ${draft.order} 章`}</View>
      <View className="psv-field">
        <Text className="psv-field__label">顺序（第几章）</Text>
        <Input
          className="psv-input"
          name="order"
          type="number"
          value={draft.order}
          maxlength={3}
          onInput={(event) => onChange({ order: event.detail.value })}
        />
        <FieldError message={fieldErrors.order} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">章节标题</Text>
        <Input
          className="psv-input"
          name="chapterTitle"
          value={draft.title}
          maxlength={CHAPTER_TITLE_MAX}
          placeholder="比如：第二章 老手艺"
          onInput={(event) => onChange({ title: event.detail.value })}
        />
        <FieldError message={fieldErrors.title} />
      </View>
      <View className="psv-field">
        <Text className="psv-field__label">正文（开篇的话，可不填）</Text>
        <Textarea
          className="psv-textarea"
          name="preface"
          value={draft.preface}
          maxlength={CHAPTER_TEXT_MAX}
          placeholder="写几句这一章讲什么"
          onInput={(event) => onChange({ preface: event.detail.value })}
        />
        <FieldError message={fieldErrors.preface} />
      </View>
      <View className="psv-text-secondary">
        {draft.added
          ? '保存后在读本里就能看到。'
          : `这一章收了 ${itemCount} 件展品，保存不会改动它们。`}
      </View>
      {state.phase === 'error' && state.message && (
        <View className="psv-field__error" role="alert">
          {state.message}
        </View>
      )}
      {state.phase === 'saved' && (
        <View className="psv-text-secondary" role="status" data-testid="chapter-saved">
          已保存。
        </View>
      )}
      <View className="psv-button psv-button--primary" data-testid="chapter-save" onClick={onSave}>
        <Text>{state.phase === 'sending' ? '正在保存…' : '保存这一章'}</Text>
      </View>
    </View>
  );
}

/** 编辑乡愁记忆: the village cadre adds chapters and edits their order, title and text. */
export function ChapterEditor({ villageId }: { villageId: string }) {
  const book = useRemoteData(() => api.exhibits.chapters({ villageId }));
  const [drafts, setDrafts] = useState<ChapterDraft[] | null>(null);
  const { save, stateOf, touch } = useChapterSave(villageId);
  const loaded = book.state === 'ready' ? book.data : null;
  useEffect(() => {
    if (loaded) setDrafts([...loaded.chapters].sort((a, b) => a.order - b.order).map(draftOf));
  }, [loaded]);
  if (book.state === 'loading' || (book.state === 'ready' && drafts === null))
    return <LoadingState text="正在打开读本…" />;
  if (book.state === 'error')
    return <ErrorState message={book.error.message} code={book.error.code} onRetry={book.reload} />;
  const list = drafts ?? [];
  const itemsOf = (chapterId: string) =>
    loaded?.chapters.find((c) => c.chapterId === chapterId)?.exhibits.length ?? 0;
  const patchDraft = (chapterId: string, patch: Partial<ChapterDraft>) =>
    setDrafts((all) =>
      (all ?? []).map((d) => (d.chapterId === chapterId ? { ...d, ...patch } : d)),
    );
  // Typing clears the chapter's 已保存 / error line; a save only marks it no longer new.
  const change = (chapterId: string, patch: Partial<ChapterDraft>) => {
    touch(chapterId);
    patchDraft(chapterId, patch);
  };
  const openReader = () => {
    const pages = Taro.getCurrentPages();
    const below = pages[pages.length - 2]?.route ?? '';
    if (below.includes('exhibits/pages/reader')) void Taro.navigateBack();
    else void Taro.redirectTo({ url: readerPath(villageId) });
  };
  return (
    <View data-testid="chapter-editor">
      <View className="psv-text-secondary">
        《乡愁记忆·村史家珍》{loaded?.villageName ?? ''}：共 {list.length}{' '}
        章。改好一章就点“保存这一章”。
      </View>
      {list.map((draft) => (
        <ChapterCard
          key={draft.chapterId}
          draft={draft}
          itemCount={itemsOf(draft.chapterId)}
          state={stateOf(draft.chapterId)}
          onChange={(patch) => change(draft.chapterId, patch)}
          onSave={() => save(draft, () => patchDraft(draft.chapterId, { added: false }))}
        />
      ))}
      <View className="psv-exhibit-actions">
        <View
          className="psv-button"
          data-testid="chapter-add"
          onClick={() => setDrafts((all) => [...(all ?? []), newChapter(all ?? [], Date.now())])}
        >
          <Text>添加一章</Text>
        </View>
        <View className="psv-button" data-testid="chapter-open-reader" onClick={openReader}>
          <Text>去读本看看</Text>
        </View>
      </View>
    </View>
  );
}
