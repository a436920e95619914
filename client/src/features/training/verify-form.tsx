import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { EXAMPLE_SERIAL, SERIAL_MAX_LENGTH } from '@shared/training/certificate-serial';
import { LoadingState } from '../../components/page-state/page-state';
import { CertificateView } from './certificate-view';
import { useVerifyCertificate } from './use-verify-certificate';

/** 证书查验: anyone (an employer, a cadre) types the serial and sees whose it is. */
export function VerifyForm({ initial = '' }: { initial?: string }) {
  const [serial, setSerial] = useState(initial);
  const { status, verify } = useVerifyCertificate();
  return (
    <View data-testid="verify-certificate">
      <View className="psv-card">
        <View className="psv-field">
          <Text className="psv-field__label">证书编号</Text>
          <Input
            className="psv-input"
            data-testid="verify-serial"
            // Room for the spaces people type between the parts; normaliseSerial drops them.
            maxlength={SERIAL_MAX_LENGTH + 4}
            value={serial}
            placeholder={`例如 ${EXAMPLE_SERIAL}`}
            onInput={(event) => setSerial(event.detail.value)}
          />
        </View>
        <View
          className="psv-button psv-button--primary"
          data-testid="verify-submit"
          onClick={() => void verify(serial)}
        >
          <Text>查验</Text>
        </View>
        {status.state === 'error' && (
          <View className="psv-field__error" role="alert">
            {status.message}
          </View>
        )}
      </View>
      {status.state === 'checking' && <LoadingState text="正在查验…" />}
      {status.state === 'done' && <CertificateView check={status.check} />}
    </View>
  );
}
