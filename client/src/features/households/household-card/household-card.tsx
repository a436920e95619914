import { Text, View } from '@tarojs/components';
import type { HouseholdCategory, MonitorType } from '../households-api';
import {
  CATEGORY_LABEL,
  FOLDER_COLOUR,
  FOLDER_LABEL,
  MONITOR_TYPE_LABEL,
  formatYuan,
} from '../household-labels';
import './household-card.css';

/** What the card shows; both a full household and a search result have it. */
export interface HouseholdCardData {
  householdId: string;
  headName: string;
  villageName: string | null;
  category: HouseholdCategory;
  monitorType: MonitorType | null;
  incomePerHead: number;
  warnings: readonly { ruleId: string; message: string }[];
  address?: string;
  memberCount?: number;
}

/**
 * A household as a coloured folder: green 一般户, blue 已脱贫户, red 三类户 with its monitor type.
 * `onOpen` makes the whole card a link (search results).
 */
export function HouseholdCard({
  household,
  onOpen,
  showWarnings = true,
}: {
  household: HouseholdCardData;
  onOpen?: () => void;
  showWarnings?: boolean;
}) {
  const colour = FOLDER_COLOUR[household.category];
  return (
    <View
      className={`psv-folder psv-folder--${colour}`}
      data-testid="household-card"
      data-folder={colour}
      data-household-id={household.householdId}
      onClick={onOpen}
      aria-label={`${household.headName}家，${FOLDER_LABEL[colour]}`}
    >
      <View>
        <Text className="psv-folder__tag" data-testid="category-label">
          {CATEGORY_LABEL[household.category]}
        </Text>
        {household.category === 'monitored' && household.monitorType && (
          <Text className="psv-folder__tag psv-folder__tag--outline" data-testid="monitor-type">
            {MONITOR_TYPE_LABEL[household.monitorType]}
          </Text>
        )}
      </View>
      <View className="psv-folder__head">户主：{household.headName}</View>
      <View className="psv-text-secondary">
        {[household.villageName, household.address].filter(Boolean).join(' · ')}
      </View>
      <View className="psv-text-secondary">
        {household.memberCount !== undefined ? `${household.memberCount} 口人 · ` : ''}
        人均年收入 {formatYuan(household.incomePerHead)}
      </View>
      {showWarnings &&
        household.warnings.map((w) => (
          <View key={w.ruleId} className="psv-folder__warning" data-warning={w.ruleId}>
            ⚠ {w.message}
          </View>
        ))}
      {onOpen && (
        <View className="psv-text-secondary">
          <Text>点这里查看详情 ›</Text>
        </View>
      )}
    </View>
  );
}
