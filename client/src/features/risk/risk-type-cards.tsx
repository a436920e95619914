import { Image, Text, View } from '@tarojs/components';
import { RISK_TYPES, RISK_TYPE_CODES, type RiskType } from '@shared/risk/risk-catalogue';
import { RISK_ICON_IMAGES } from '../../assets/risk/risk-icon-images';

/** The picture of a risk type (the `icon` of RISK_TYPES). */
export function RiskIcon({ risk, small = false }: { risk: RiskType; small?: boolean }) {
  const src = RISK_ICON_IMAGES[RISK_TYPES[risk].icon];
  if (!src) return null;
  return (
    <Image
      className={small ? 'psv-risk-icon psv-risk-icon--small' : 'psv-risk-icon'}
      src={src}
      mode="aspectFit"
      aria-hidden
    />
  );
}

/** The 11 risk types as big cards (picture, name, one line of explanation); tap to choose. */
export function RiskTypeCards({
  selected,
  onToggle,
  full,
}: {
  selected: readonly RiskType[];
  onToggle: (risk: RiskType) => void;
  /** 5 are chosen: the others are dimmed. */
  full: boolean;
}) {
  return (
    <View className="psv-risk-types" data-testid="risk-types">
      {RISK_TYPE_CODES.map((risk) => {
        const on = selected.includes(risk);
        return (
          <View
            key={risk}
            className={`psv-risk-type${on ? ' psv-risk-type--on' : ''}${!on && full ? ' psv-risk-type--off' : ''}`}
            data-testid={`risk-type-${risk}`}
            data-selected={on ? 'yes' : 'no'}
            aria-checked={on}
            role="checkbox"
            onClick={() => onToggle(risk)}
          >
            <RiskIcon risk={risk} />
            <View className="psv-risk-type__text">
              <View className="psv-risk-type__label">{RISK_TYPES[risk].label}</View>
              <View className="psv-risk-type__hint">{RISK_TYPES[risk].hint}</View>
            </View>
            <View className="psv-risk-type__tick">
              <Text>{on ? '✓' : ''}</Text>
            </View>
          </View>
        );
      })}
    </View>
  );
}
