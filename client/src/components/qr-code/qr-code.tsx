import { View } from '@tarojs/components';
import { useMemo } from 'react';
import { qrRows } from './qr-matrix';
import './qr-code.css';

/**
 * A QR code drawn with plain views (no canvas, no image URL: works the same on weapp and under
 * h5's strict CSP). `size` is the drawn width in px, rounded down to whole modules.
 */
export function QrCode({
  text,
  size = 240,
  label,
}: {
  text: string;
  size?: number;
  label: string;
}) {
  const rows = useMemo(() => qrRows(text), [text]);
  const modules = rows.length;
  const cell = Math.max(2, Math.floor(size / modules));
  return (
    <View
      className="psv-qr-code"
      data-testid="qr-code"
      data-modules={modules}
      aria-label={label}
      role="img"
      style={{ width: `${cell * modules}px`, height: `${cell * modules}px` }}
    >
      {rows.map((runs, r) => (
        <View key={r} className="psv-qr-code__row" style={{ height: `${cell}px` }}>
          {runs.map((run, i) => (
            <View
              key={i}
              className={run.dark ? 'psv-qr-code__dark' : 'psv-qr-code__light'}
              style={{ width: `${run.length * cell}px`, height: `${cell}px` }}
            />
          ))}
        </View>
      ))}
    </View>
  );
}
