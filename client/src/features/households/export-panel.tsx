import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { HouseholdCategory } from './households-api';
import { CATEGORY_LABEL, HOUSEHOLD_CATEGORIES } from './household-labels';
import { absoluteFileUrl, copyFileLink } from './open-export-file';
import { useExport } from './use-export';

/** 导出 Excel of the cadre's area (optionally one category), with a fallback link. */
export function ExportPanel() {
  const { status, run } = useExport();
  const [category, setCategory] = useState<HouseholdCategory | null>(null);
  const [copied, setCopied] = useState(false);
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
          setCopied(false);
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
          data-url={absoluteFileUrl(status.file.url)}
          data-opened={status.outcome.opened ? 'yes' : 'no'}
        >
          <View>
            已生成 {status.file.rows} 户的表格{status.outcome.opened ? '，正在下载。' : '。'}
          </View>
          {status.file.idNumbersMasked && (
            <View className="psv-text-secondary">表格里的身份证号已打码。</View>
          )}
          {!status.outcome.opened && (
            <View className="psv-field__error">{status.outcome.reason}</View>
          )}
          <View className="psv-text-secondary">
            下载链接10分钟内有效。没有自动打开的话，可以复制链接，用电脑浏览器打开下载。
          </View>
          <View
            className="psv-button"
            onClick={() => void copyFileLink(status.file.url).then(setCopied)}
          >
            <Text>{copied ? '链接已复制' : '复制下载链接'}</Text>
          </View>
        </View>
      )}
    </View>
  );
}
