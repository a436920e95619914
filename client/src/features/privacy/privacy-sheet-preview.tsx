import { useState } from 'react';
import { clientEnv } from '../../env';
import type { PrivacyState } from './privacy-gate';
import { PrivacySheetView } from './privacy-sheet/privacy-sheet-view';

/**
 * Local gateway only (the persona picker's builds): draws the weapp privacy sheet in the browser
 * so it can be looked at and screenshot (`?preview=sheet`). h5 has no privacy guide, so the real
 * sheet never opens there; this one answers nothing to anybody.
 */
export function PrivacySheetPreview({ preview }: { preview: string | undefined }) {
  const [state, setState] = useState<PrivacyState>(
    preview === 'refused'
      ? { phase: 'refused', referrer: 'chooseImage' }
      : {
          phase: 'asking',
          referrer: 'chooseImage',
          contractName: '《掌上智慧村小程序隐私保护指引》',
        },
  );
  if (!clientEnv.devLogin || (preview !== 'sheet' && preview !== 'refused')) return null;
  return (
    <PrivacySheetView
      state={state}
      onAgree={() => setState({ phase: 'idle' })}
      onDisagree={() => setState({ phase: 'refused', referrer: 'chooseImage' })}
      onDismiss={() => setState({ phase: 'idle' })}
      onOpenPolicy={() => setState({ phase: 'idle' })}
      onOpenContract={() => setState({ phase: 'idle' })}
    />
  );
}
