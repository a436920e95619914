import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { EmptyState } from '../../../../components/page-state/page-state';
import { ExhibitReader } from '../../../../features/exhibits/exhibit-reader';

/** 《乡愁记忆·村史家珍》 of one village. */
export default function ExhibitReaderPage() {
  const { params } = useRouter();
  const villageId = params.village ? decodeURIComponent(params.village) : '';
  return (
    <PageShell>
      {villageId ? (
        <ExhibitReader villageId={villageId} />
      ) : (
        <EmptyState title="没有选村子" hint="请先在村史家珍里选一个村，再点“读《乡愁记忆》”。" />
      )}
    </PageShell>
  );
}
