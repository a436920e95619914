import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { copyCsv } from './save-csv-file';
import { useRosterExport } from './use-roster-export';

/** 导出名单（Excel 可打开的 CSV）, with a copy-to-clipboard fallback. */
export function RosterExportPanel({
  courseId,
  courseTitle,
}: {
  courseId: string;
  courseTitle: string;
}) {
  const { status, run } = useRosterExport(courseId, courseTitle);
  const [copied, setCopied] = useState(false);
  return (
    <View className="psv-card" data-testid="roster-export">
      <View className="psv-subtitle">导出名单</View>
      <View
        className="psv-button"
        data-testid="roster-export-submit"
        onClick={() => {
          setCopied(false);
          if (status.state !== 'working') void run();
        }}
      >
        <Text>
          {status.state === 'working'
            ? `正在整理（${status.rows} 人）…`
            : '导出表格（Excel 可打开）'}
        </Text>
      </View>
      {status.state === 'error' && (
        <View className="psv-field__error" role="alert">
          {status.error.message}
        </View>
      )}
      {status.state === 'done' && (
        <View
          className="psv-notice"
          data-testid="roster-export-result"
          data-rows={status.rows}
          data-saved={status.outcome.saved ? 'yes' : 'no'}
        >
          <View>
            共 {status.rows} 人，文件名 {status.fileName}
            {status.outcome.saved ? '。' : ''}
          </View>
          {!status.outcome.saved && (
            <View className="psv-field__error">{status.outcome.reason}</View>
          )}
          <View className="psv-text-secondary">
            没有收到文件的话，可以把名单复制下来，粘贴到微信或电脑表格里。
          </View>
          <View className="psv-button" onClick={() => void copyCsv(status.csv).then(setCopied)}>
            <Text>{copied ? '名单已复制' : '复制名单'}</Text>
          </View>
        </View>
      )}
    </View>
  );
}
