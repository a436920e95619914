import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { EmptyState } from '../../../../components/page-state/page-state';
import { PolicyArticle } from '../../../../features/policies/policy-article/policy-article';

/** One policy explainer; `?version=` opens an older version read-only. */
export default function PolicyArticlePage() {
  const { params } = useRouter();
  const policyId = params.id ? decodeURIComponent(params.id) : '';
  const version = params.version ? Number(params.version) : undefined;
  return (
    <PageShell>
      {policyId ? (
        <PolicyArticle
          policyId={policyId}
          version={version !== undefined && Number.isInteger(version) ? version : undefined}
        />
      ) : (
        <EmptyState title="没有指定政策" hint="请从政策列表里点开一项政策。" />
      )}
    </PageShell>
  );
}
