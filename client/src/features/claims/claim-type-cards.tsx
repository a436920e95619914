import { Image, Text, View } from '@tarojs/components';
import { CLAIM_TYPES, DEMO_CLAIM_SCHEME, type ClaimType } from '@shared/claims/claim-schemes';
import { RISK_ICON_IMAGES } from '../../assets/risk/risk-icon-images';

/** The picture of a claim type, by the scheme's `icon` name (the same pictures as risk types). */
export function ClaimIcon({ type, small = false }: { type: ClaimType; small?: boolean }) {
  const src = RISK_ICON_IMAGES[DEMO_CLAIM_SCHEME.types[type].icon];
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

/** The four claim types as big cards (picture, name, one line); tap one. */
export function ClaimTypeCards({
  selected,
  onChoose,
}: {
  selected: ClaimType | null;
  onChoose: (type: ClaimType) => void;
}) {
  return (
    <View className="psv-risk-types" data-testid="claim-types">
      {CLAIM_TYPES.map((type) => {
        const on = selected === type;
        const def = DEMO_CLAIM_SCHEME.types[type];
        return (
          <View
            key={type}
            className={`psv-risk-type${on ? ' psv-risk-type--on' : ''}`}
            data-testid={`claim-type-${type}`}
            data-selected={on ? 'yes' : 'no'}
            aria-checked={on}
            role="radio"
            onClick={() => onChoose(type)}
          >
            <ClaimIcon type={type} />
            <View className="psv-risk-type__text">
              <View className="psv-risk-type__label">{def.label}</View>
              <View className="psv-risk-type__hint">{def.hint}</View>
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
