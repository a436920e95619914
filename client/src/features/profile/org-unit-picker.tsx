import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { ErrorState, LoadingState } from '../../components/page-state/page-state';
import type { OrgLevel, OrgUnit } from './users-api';
import { useOrgUnits } from './use-org-units';

function Chip({ unit, active, onClick }: { unit: OrgUnit; active: boolean; onClick: () => void }) {
  return (
    <View
      className={`psv-choice${active ? ' psv-choice--active' : ''}`}
      data-unit={unit.id}
      data-unit-name={unit.name}
      role="radio"
      aria-checked={active}
      onClick={onClick}
    >
      <Text>{unit.name}</Text>
    </View>
  );
}

/**
 * Picks one unit of the register at `level`: the city, a town, or a village (first its town,
 * then the village among that town's, so 35 villages never fill the screen at once).
 */
export function OrgUnitPicker({
  units: all,
  level,
  selected,
  onChange,
  testId = 'org-unit-picker',
}: {
  units: readonly OrgUnit[];
  level: OrgLevel;
  selected: string | null;
  onChange: (unitId: string) => void;
  testId?: string;
}) {
  const [town, setTown] = useState<string | null>(null);
  if (level !== 'village') {
    return (
      <View className="psv-choice-group" data-testid={testId} data-level={level}>
        {all
          .filter((u) => u.level === level)
          .map((u) => (
            <Chip key={u.id} unit={u} active={selected === u.id} onClick={() => onChange(u.id)} />
          ))}
      </View>
    );
  }
  const selectedTown = town ?? all.find((u) => u.id === selected)?.townId ?? null;
  return (
    <View data-testid={testId} data-level={level}>
      <Text className="psv-text-secondary">先选镇：</Text>
      <View className="psv-choice-group" data-testid={`${testId}-towns`}>
        {all
          .filter((u) => u.level === 'town')
          .map((u) => (
            <Chip
              key={u.id}
              unit={u}
              active={selectedTown === u.id}
              onClick={() => setTown(u.id)}
            />
          ))}
      </View>
      {selectedTown && (
        <View>
          <Text className="psv-text-secondary">再选村：</Text>
          <View className="psv-choice-group" data-testid={`${testId}-villages`}>
            {all
              .filter((u) => u.level === 'village' && u.townId === selectedTown)
              .map((u) => (
                <Chip
                  key={u.id}
                  unit={u}
                  active={selected === u.id}
                  onClick={() => onChange(u.id)}
                />
              ))}
          </View>
        </View>
      )}
    </View>
  );
}

/** The picker with the register loaded here (forms that need nothing else of it). */
export function LoadedOrgUnitPicker(props: Omit<Parameters<typeof OrgUnitPicker>[0], 'units'>) {
  const units = useOrgUnits();
  if (units.state === 'loading') return <LoadingState text="正在读取镇村名单…" />;
  if (units.state === 'error')
    return (
      <ErrorState message={units.error.message} code={units.error.code} onRetry={units.reload} />
    );
  return <OrgUnitPicker units={units.data.items} {...props} />;
}
