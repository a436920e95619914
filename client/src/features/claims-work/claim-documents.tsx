import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { exhibitImageUrl } from '../exhibits/exhibit-image-url';
import type { ClaimDocument, ClaimView } from './claims-work-api';
import '../risk-work/risk-work.css';

function preview(urls: string[], current: string) {
  // Not every platform (nor jsdom) has a viewer: a failed preview leaves the thumbnail.
  void Promise.resolve()
    .then(() => Taro.previewImage({ urls, current }))
    .catch(() => undefined);
}

/** One paper's photos, tap to see large. */
function DocumentPhotos({ doc }: { doc: ClaimDocument }) {
  if (doc.files.length === 0) return <View className="psv-text-secondary">没有拍照片</View>;
  const urls = doc.files.map((f) => exhibitImageUrl(f.url));
  return (
    <View className="psv-risk-photos">
      {doc.files.map((f, i) => (
        <Image
          key={f.fileId}
          className="psv-risk-photo"
          src={urls[i] ?? ''}
          mode="aspectFill"
          data-testid="claim-document-photo"
          onClick={() => preview(urls, urls[i] ?? '')}
        />
      ))}
    </View>
  );
}

/**
 * The papers of the claim with their photos and the village's check of each; `renderCheck` puts
 * the village's 齐全 / 缺少 controls under each paper while it checks them. Then what the
 * checklist still lacks.
 */
export function ClaimDocuments({
  claim,
  renderCheck,
}: {
  claim: Pick<ClaimView, 'documents' | 'missing'>;
  renderCheck?: (doc: ClaimDocument) => ReactNode;
}) {
  return (
    <View className="psv-card" data-testid="claim-documents">
      <View className="psv-subtitle">材料（{claim.documents.length} 项）</View>
      {claim.documents.map((doc) => (
        <View
          key={doc.item}
          className="psv-risk-step"
          data-testid="claim-document"
          data-item={doc.item}
          data-check={doc.check?.state ?? 'none'}
        >
          <View className="psv-risk-step__title">
            <Text>{doc.label}</Text>
            {!renderCheck && doc.check && (
              <Text
                className={doc.check.state === 'ok' ? 'psv-text-secondary' : 'psv-risk-overdue'}
              >
                {doc.check.state === 'ok' ? ' ✓ 村里核对齐全' : ' 缺少或不清楚'}
              </Text>
            )}
          </View>
          <DocumentPhotos doc={doc} />
          {!renderCheck && doc.check?.note && <View>{doc.check.note}</View>}
          {renderCheck?.(doc)}
        </View>
      ))}
      {claim.missing.length > 0 && (
        <View className="psv-notice" data-testid="claim-missing">
          <View>清单上还缺：</View>
          {claim.missing.map((m) => (
            <View key={m.id} data-missing={m.id}>
              {m.label}
              {m.need > 1 ? `（至少 ${m.need} 项）` : ''}
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
