import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { ScrollView, Text, View } from '@tarojs/components';
import { api } from '../../api/api';
import { useRemoteData } from '../../api/use-remote-data';
import { EmptyState, ErrorState, LoadingState } from '../../components/page-state/page-state';
import { chapterReadingText } from '@shared/speech/reading-text';
import { ReadAloud } from '../elderly-mode/read-aloud/read-aloud';
import { chapterHeading, chapterShortTitle } from './chapter-heading';
import { ExhibitCard } from './exhibit-card/exhibit-card';
import { chapterEditorPath, exhibitDetailPath } from './exhibit-paths';
import { useMayEditReader } from './use-may-edit-reader';

/** 编辑乡愁记忆, shown to the cadre of the village whose book this is. */
function EditReaderButton({ villageId }: { villageId: string }) {
  if (!useMayEditReader(villageId)) return null;
  return (
    <View className="psv-exhibit-actions">
      <View
        className="psv-button"
        data-testid="reader-edit"
        onClick={() => void Taro.navigateTo({ url: chapterEditorPath(villageId) })}
      >
        <Text>编辑乡愁记忆（村干部）</Text>
      </View>
    </View>
  );
}

/**
 * 《乡愁记忆·村史家珍》: a village's chapters in order, turned like pages of a book, with a
 * 目录 line to jump to any chapter.
 */
export function ExhibitReader({ villageId }: { villageId: string }) {
  const book = useRemoteData(() => api.exhibits.chapters({ villageId }));
  const [index, setIndex] = useState(0);
  // Back from 编辑乡愁记忆: the book shows the chapters as saved.
  useDidShow(() => {
    if (book.state !== 'loading') book.reload();
  });
  if (book.state === 'loading') return <LoadingState text="正在打开读本…" />;
  if (book.state === 'error')
    return <ErrorState message={book.error.message} code={book.error.code} onRetry={book.reload} />;
  const chapters = [...book.data.chapters].sort((a, b) => a.order - b.order);
  const chapter = chapters[Math.min(index, chapters.length - 1)];
  if (!chapter) {
    return (
      <View>
        <EmptyState title="这个村的读本还没有编好" hint="村干部编好章节后就能在这里读了。" />
        <EditReaderButton villageId={villageId} />
      </View>
    );
  }
  const open = (exhibitId: string) => void Taro.navigateTo({ url: exhibitDetailPath(exhibitId) });
  const at = chapters.indexOf(chapter);
  return (
    <View data-testid="exhibit-reader" data-chapter={chapter.chapterId}>
      <View className="psv-title">《乡愁记忆·村史家珍》{book.data.villageName ?? ''}</View>
      <View data-testid="chapter-contents">
        <ScrollView scrollX className="psv-choice-scroll">
          {chapters.map((c, i) => (
            <View
              key={c.chapterId}
              className={`psv-choice${i === at ? ' psv-choice--active' : ''}`}
              data-chapter={c.chapterId}
              onClick={() => setIndex(i)}
            >
              <Text>{chapterShortTitle(i, c.title)}</Text>
            </View>
          ))}
        </ScrollView>
      </View>
      <View className="psv-card">
        <View className="psv-subtitle" data-testid="chapter-heading">
          {chapterHeading(at, chapter.title)}
        </View>
        <ReadAloud
          label="🔊 朗读这一章"
          text={chapterReadingText({
            heading: chapter.title,
            preface: chapter.preface,
            exhibitTitles: chapter.exhibits.map((e) => e.title),
          })}
          source={{ kind: 'chapter', villageId, chapterId: chapter.chapterId }}
        />
        {chapter.preface && <View className="psv-exhibit-story">{chapter.preface}</View>}
      </View>
      <View className="psv-exhibit-grid">
        {chapter.exhibits.map((exhibit) => (
          <ExhibitCard key={exhibit.exhibitId} exhibit={exhibit} onOpen={open} />
        ))}
      </View>
      <View className="psv-row">
        {at > 0 && (
          <View
            className="psv-button"
            data-testid="chapter-previous"
            onClick={() => setIndex(at - 1)}
          >
            <Text>上一章</Text>
          </View>
        )}
        <Text className="psv-text-secondary">
          {at + 1} / {chapters.length}
        </Text>
        {at < chapters.length - 1 && (
          <View className="psv-button" data-testid="chapter-next" onClick={() => setIndex(at + 1)}>
            <Text>下一章</Text>
          </View>
        )}
      </View>
      <EditReaderButton villageId={villageId} />
    </View>
  );
}
