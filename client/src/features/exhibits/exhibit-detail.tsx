import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { EXHIBIT_CATEGORY_LABEL } from '@shared/exhibits/exhibit-labels';
import { ErrorState, LoadingState } from '../../components/page-state/page-state';
import { clientEnv } from '../../env';
import { exhibitReadingText } from '@shared/speech/reading-text';
import { ReadAloud } from '../elderly-mode/read-aloud/read-aloud';
import { useMyRole } from '../session/use-my-role';
import { CuratePanel } from './curate-panel';
import { ExhibitGallery } from './exhibit-gallery';
import { ExhibitHistory } from './exhibit-history';
import { ExhibitStatusBadge } from './exhibit-status-badge';
import { copyExhibitLink } from './exhibit-share';
import { ReviewPanel } from './review-panel';
import type { ExhibitDetailView } from './exhibits-api';
import { useExhibit } from './use-exhibit';
import './exhibit-card/exhibit-card.css';

/** One exhibit: photos, story, era and village, 朗读, 点赞 and 分享. */
export function ExhibitDetail({
  exhibitId,
  onLoaded,
}: {
  exhibitId: string;
  /** Told the title once loaded (the page's share card uses it). */
  onLoaded?: (title: string) => void;
}) {
  const { exhibit, likes, likeState, like } = useExhibit(exhibitId);
  const loadedTitle = exhibit.state === 'ready' ? exhibit.data.title : '';
  useEffect(() => {
    if (loadedTitle) onLoaded?.(loadedTitle);
  }, [loadedTitle, onLoaded]);
  const [shareNote, setShareNote] = useState('');
  // After a curator's edit the saved version is shown without reloading (and counting a view).
  const [edited, setEdited] = useState<ExhibitDetailView | null>(null);
  const role = useMyRole();
  if (exhibit.state === 'loading') return <LoadingState text="正在打开展品…" />;
  if (exhibit.state === 'error') {
    return (
      <ErrorState
        message={exhibit.error.message}
        code={exhibit.error.code}
        onRetry={exhibit.reload}
      />
    );
  }
  const item = edited?.exhibitId === exhibit.data.exhibitId ? edited : exhibit.data;
  // The cadre's review panel shows the history itself.
  const reviewing = role === 'village_cadre' && item.status === 'pending';
  const share = () => {
    if (clientEnv.platform === 'weapp') {
      setShareNote('点右上角“···”，选“转发给朋友”。');
      return;
    }
    void copyExhibitLink(item.exhibitId).then((ok) =>
      setShareNote(ok ? '链接已复制，可以发给亲友。' : '没能复制链接，请从地址栏复制。'),
    );
  };
  return (
    <View data-testid="exhibit-detail" data-exhibit-id={item.exhibitId}>
      <ExhibitGallery images={item.images} />
      <View className="psv-card">
        <View className="psv-title">{item.title}</View>
        <View className="psv-text-secondary">
          {EXHIBIT_CATEGORY_LABEL[item.category]}
          {item.era ? ` · ${item.era}` : ''}
          {item.villageName ? ` · ${item.villageName}` : ''}
        </View>
        <View className="psv-text-secondary">
          看过 {item.views} 次{item.contributorName ? ` · ${item.contributorName} 提供` : ''}
        </View>
        {item.status !== 'published' && (
          <View>
            <ExhibitStatusBadge status={item.status} />
            {item.reviewNote && (
              <Text className="psv-text-secondary"> 村里的意见：{item.reviewNote}</Text>
            )}
            {!reviewing && item.history.length > 1 && <ExhibitHistory history={item.history} />}
          </View>
        )}
        <ReadAloud
          text={exhibitReadingText(item)}
          {...(item.status === 'published'
            ? { source: { kind: 'exhibit', exhibitId: item.exhibitId } }
            : {})}
        />
        <View className="psv-exhibit-story" data-testid="exhibit-story">
          {item.story}
        </View>
      </View>
      {reviewing && <ReviewPanel exhibit={item} />}
      {role === 'village_cadre' && item.status === 'published' && (
        <CuratePanel exhibit={item} onSaved={setEdited} />
      )}
      {item.status === 'published' && (
        <View className="psv-row">
          <View
            className={`psv-button${likes?.likedByMe ? '' : ' psv-button--primary'}`}
            data-testid="exhibit-like"
            data-liked={likes?.likedByMe ? 'yes' : 'no'}
            onClick={like}
          >
            <Text>
              {likes?.likedByMe ? '已点赞' : '点赞'} {likes?.likes ?? item.likes}
            </Text>
          </View>
          <View className="psv-button" data-testid="exhibit-share" onClick={share}>
            <Text>分享</Text>
          </View>
        </View>
      )}
      {likeState.phase === 'error' && <View className="psv-field__error">{likeState.message}</View>}
      {shareNote && (
        <View className="psv-text-secondary" role="status">
          {shareNote}
        </View>
      )}
    </View>
  );
}
