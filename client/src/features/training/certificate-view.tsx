import { Text, View } from '@tarojs/components';
import type { CertificateCheck } from './training-api';
import { formatDate } from './format-time';
import './certificate.css';

/** A certificate as the holder shows it, or as the 查验 page confirms it. */
export function CertificateView({ check }: { check: CertificateCheck }) {
  if (!check.valid) {
    return (
      <View className="psv-card" data-testid="certificate" data-valid="no" role="alert">
        <View className="psv-subtitle">查不到这张证书</View>
        <Text>编号 {check.serial} 不是本市发出的培训证书，或已经作废。</Text>
      </View>
    );
  }
  return (
    <View className="psv-card psv-certificate" data-testid="certificate" data-valid="yes">
      <View className="psv-certificate__head">职业技能培训结业证书</View>
      <View>持证人：{check.nameMasked ?? '—'}</View>
      <View>培训课程：{check.courseTitle ?? '—'}</View>
      <View>结业日期：{check.issuedAt ? formatDate(check.issuedAt) : '—'}</View>
      <View className="psv-certificate__serial" data-testid="certificate-serial">
        证书编号：{check.serial}
      </View>
      <View className="psv-text-secondary">本证书可在“证书查验”里输入编号核对真假。</View>
    </View>
  );
}
