import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { HouseholdCategory } from './households-api';
import { CATEGORY_LABEL, HOUSEHOLD_CATEGORIES } from './household-labels';
import { useExport } from './use-export';

/** 导出 Excel of the cadre's area (optionally one category); the file is handed over once. */
export function ExportPanel() {
  const { status, run } = useExport();
  const [category, setCategory] = useState<HouseholdCategory | null>(null);
  return (
    <View className="psv-card" data-testid="export-panel">
      <View className="psv-subtitle">导出户情表格（Excel）</View>
      <View className="psv-choice-group">
        <View
          className={`psv-choice${category === null ? ' psv-choice--active' : ''}`}
          onClick={() => setCategory(null)}
        >
          <Text>全部</Text>
        </View>
        {HOUSEHOLD_CATEGORIES.map((c) => (
          <View
            key={c}
            className={`psv-choice${category === c ? ' psv-choice--active' : ''}`}
            onClick={() => setCategory(c)}
          >
            <Text>{CATEGORY_LABEL[c]}</Text>
          </View>
        ))}
      </View>
      <View
        className="psv-button psv-button--primary"
        data-testid="export-submit"
        onClick={() => {
          if (status.state !== 'working') void run(category ?? undefined);
        }}
      >
        <Text>{status.state === 'working' ? '正在生成表格…' : '生成并下载'}</Text>
      </View>
      {status.state === 'error' && (
        <View className="psv-field__error" role="alert">
          {status.error.message}
        </View>
      )}
      {status.state === 'done' && (
        <View
          className="psv-notice"
          data-testid="export-result"
          data-file-name={status.fileName}
          data-opened={status.outcome.opened ? 'yes' : 'no'}
        >
          <View>
            已生成户情表格（{status.file.households} 户，{status.file.rows} 名成员）
            {status.outcome.opened ? '，正在下载。' : '。'}
          </View>
          {status.file.idNumbersMasked && (
            <View className="psv-text-secondary">表格里的身份证号已打码。</View>
          )}
          {!status.outcome.opened && (
            <View className="psv-field__error">{status.outcome.reason}</View>
          )}
          <View className="psv-text-secondary">
            为保护身份证号，表格只能下载一次，服务器上随即删除。需要再要一份，请重新点「生成并下载」。
          </View>
        </View>
      )}
    </View>
  );
}
