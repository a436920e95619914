import { useState } from 'react';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { EmptyState } from '../../../../components/page-state/page-state';
import { ExhibitDetail } from '../../../../features/exhibits/exhibit-detail';
import { exhibitShareMessage } from '../../../../features/exhibits/exhibit-share';

/** One exhibit; in WeChat 转发 shares it with its title. */
export default function ExhibitDetailPage() {
  const { params } = useRouter();
  const exhibitId = params.id ? decodeURIComponent(params.id) : '';
  const [title, setTitle] = useState('');
  useShareAppMessage(() => exhibitShareMessage(title || '村里的老物件', exhibitId));
  return (
    <PageShell>
      {exhibitId ? (
        <ExhibitDetail exhibitId={exhibitId} onLoaded={setTitle} />
      ) : (
        <EmptyState title="没有指定展品" hint="请从村史家珍里点开一件展品。" />
      )}
    </PageShell>
  );
}
