import { Text, View } from '@tarojs/components';
import type { FolderColour } from '../households-api';
import { barLayout, type BarRow } from './bar-proportions';
import './bar-chart.css';

export interface BarPart<K extends string> {
  part: K;
  label: string;
  colour: FolderColour;
}

/** A stacked bar chart drawn with Views and percentage widths (no chart library). */
export function BarChart<K extends string>({
  rows,
  parts,
  unit = '户',
}: {
  rows: readonly BarRow<K>[];
  parts: readonly BarPart<K>[];
  unit?: string;
}) {
  const layout = barLayout(
    rows,
    parts.map((p) => p.part),
  );
  const colourOf = (part: K) => parts.find((p) => p.part === part)?.colour ?? 'green';
  const labelOf = (part: K) => parts.find((p) => p.part === part)?.label ?? part;
  return (
    <View className="psv-bar-chart" data-testid="bar-chart">
      <View className="psv-bar-chart__legend">
        {parts.map((p) => (
          <View key={p.part} className="psv-bar-chart__legend-item">
            <Text className={`psv-bar-chart__swatch psv-bar-chart__segment--${p.colour}`} />
            <Text>{p.label}</Text>
          </View>
        ))}
      </View>
      {layout.map((bar) => (
        <View
          key={bar.key}
          className="psv-bar-chart__row"
          data-testid="bar-row"
          data-key={bar.key}
          aria-label={`${bar.label}：${bar.segments
            .map((s) => `${labelOf(s.part)}${s.count}${unit}`)
            .join('，')}`}
        >
          <View className="psv-bar-chart__label">
            <Text>{bar.label}</Text>
            <Text>
              {bar.total} {unit}
            </Text>
          </View>
          <View className="psv-bar-chart__track">
            {bar.segments
              .filter((s) => s.count > 0)
              .map((s) => (
                <View
                  key={s.part}
                  className={`psv-bar-chart__segment psv-bar-chart__segment--${colourOf(s.part)}`}
                  data-part={s.part}
                  style={{ width: `${s.percent}%` }}
                />
              ))}
          </View>
        </View>
      ))}
    </View>
  );
}
