import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { POLICY_CATEGORY_LABEL } from '@shared/policies/policy-labels';
import { api } from '../../../api/api';
import { useRemoteData } from '../../../api/use-remote-data';
import { ErrorState, LoadingState } from '../../../components/page-state/page-state';
import { policyEditPath } from '../policy-paths';
import './policy-editor.css';

/** 编辑政策: every policy with its current version, and 新增政策. */
export function PolicyManageList() {
  const list = useRemoteData(() => api.policies.list({}));
  return (
    <View data-testid="policy-manage-list">
      <View
        className="psv-button psv-button--primary"
        data-testid="policy-new"
        onClick={() => void Taro.navigateTo({ url: policyEditPath() })}
      >
        <Text>＋ 新增政策</Text>
      </View>
      <View className="psv-subtitle">点一项修改，保存后成为新版本</View>
      {list.state === 'loading' && <LoadingState text="正在读取政策…" />}
      {list.state === 'error' && (
        <ErrorState message={list.error.message} code={list.error.code} onRetry={list.reload} />
      )}
      {list.state === 'ready' &&
        list.data.items.map((p) => (
          <View
            key={p.policyId}
            className="psv-card"
            data-testid="policy-manage-item"
            data-policy-id={p.policyId}
            onClick={() => void Taro.navigateTo({ url: policyEditPath(p.policyId) })}
          >
            <View className="psv-row">
              <Text className="psv-grid__title psv-policy-manage__title">{p.title}</Text>
              <Text className="psv-text-secondary psv-policy-manage__version">
                第 {p.version} 版
              </Text>
            </View>
            <View className="psv-text-secondary">
              {POLICY_CATEGORY_LABEL[p.category]} · 点这里修改
            </View>
          </View>
        ))}
    </View>
  );
}
