import Taro from '@tarojs/taro';
import { api } from '../../../api/api';
import { useRemoteData } from '../../../api/use-remote-data';
import { ErrorState, LoadingState } from '../../../components/page-state/page-state';
import { policyArticlePath } from '../policy-paths';
import { PolicyEditor } from './policy-editor';
import { emptyPolicyForm, formFromPolicy } from './policy-form';

/** After saving: the article as villagers see it, in place of the form. */
const openArticle = (policyId: string) =>
  void Taro.redirectTo({ url: policyArticlePath(policyId) });

/** 编辑政策 for `policyId` (its current version), or 新增政策 without one. */
export function EditPolicy({ policyId }: { policyId: string | null }) {
  const loaded = useRemoteData(() =>
    policyId ? api.policies.get({ policyId }) : Promise.resolve({ ok: true as const, data: null }),
  );
  if (loaded.state === 'loading') return <LoadingState />;
  if (loaded.state === 'error')
    return (
      <ErrorState message={loaded.error.message} code={loaded.error.code} onRetry={loaded.reload} />
    );
  const before = loaded.data;
  return (
    <PolicyEditor
      key={before?.version ?? 0}
      initial={
        before ? formFromPolicy(before) : emptyPolicyForm(new Date().toISOString().slice(0, 10))
      }
      before={before}
      onSaved={openArticle}
    />
  );
}
