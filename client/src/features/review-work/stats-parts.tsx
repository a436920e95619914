import { Text, View } from '@tarojs/components';
import { EmptyState } from '../../components/page-state/page-state';
import type { FolderColour } from '../households/households-api';
import { BarChart, type BarPart } from '../households/bar-chart/bar-chart';

/** A card of one-colour bars (件数 per stage, per type …), or a plain line when all are 0. */
export function CountBars({
  testId,
  title,
  rows,
  unit,
  emptyTitle,
  colour = 'blue',
}: {
  testId: string;
  title: string;
  rows: readonly { key: string; label: string; count: number }[];
  unit: string;
  emptyTitle: string;
  colour?: FolderColour;
}) {
  const parts: BarPart<'count'>[] = [{ part: 'count', label: `${unit}数`, colour }];
  const shown = rows.filter((r) => r.count > 0);
  return (
    <View className="psv-card" data-testid={testId}>
      <View className="psv-subtitle">{title}</View>
      {shown.length === 0 ? (
        <EmptyState title={emptyTitle} />
      ) : (
        <BarChart
          rows={shown.map((r) => ({ key: r.key, label: r.label, parts: { count: r.count } }))}
          parts={parts}
          unit={unit}
        />
      )}
    </View>
  );
}

type UnitPart = 'onTime' | 'overdue' | 'closed';

/** 各村镇: a bar per unit (办理中 / 已超期 / closed), and a line of its own figures under it. */
export function UnitBars({
  testId,
  units,
  closedLabel,
  unit,
}: {
  testId: string;
  units: readonly {
    unitId: string;
    unitName: string;
    open: number;
    overdue: number;
    closed: number;
    line: string;
  }[];
  closedLabel: string;
  unit: string;
}) {
  const parts: BarPart<UnitPart>[] = [
    { part: 'onTime', label: '办理中', colour: 'blue' },
    { part: 'overdue', label: '已超期', colour: 'red' },
    { part: 'closed', label: closedLabel, colour: 'green' },
  ];
  return (
    <View className="psv-card" data-testid={testId}>
      <View className="psv-subtitle">各村镇</View>
      {units.length === 0 ? (
        <EmptyState title="还没有村镇的数据" />
      ) : (
        <>
          <BarChart
            unit={unit}
            parts={parts}
            rows={units.map((u) => ({
              key: u.unitId,
              label: u.unitName,
              parts: {
                onTime: Math.max(0, u.open - u.overdue),
                overdue: u.overdue,
                closed: u.closed,
              },
            }))}
          />
          {units.map((u) => (
            <View key={u.unitId} className="psv-row psv-text-secondary" data-unit={u.unitId}>
              <Text>{u.unitName}</Text>
              <Text>{u.line}</Text>
            </View>
          ))}
        </>
      )}
    </View>
  );
}

/** 已超期 with its count, red when any. */
export function OverdueRow({
  testId,
  count,
  unit,
}: {
  testId: string;
  count: number;
  unit: string;
}) {
  return (
    <View className="psv-row" data-stat="overdue" data-testid={testId}>
      <Text>已超期</Text>
      <Text className={count > 0 ? 'psv-badge psv-badge--failed' : 'psv-badge psv-badge--sent'}>
        {count} {unit}
      </Text>
    </View>
  );
}
