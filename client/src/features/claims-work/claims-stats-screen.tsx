import { api } from '../../api/api';
import { useRemoteData } from '../../api/use-remote-data';
import { ErrorState, LoadingState } from '../../components/page-state/page-state';
import { ClaimsStats } from './claims-stats';

/** Reads `claims.stats` for the caller's scope and draws it. */
export function ClaimsStatsScreen() {
  const stats = useRemoteData(() => api.claims.stats({}));
  if (stats.state === 'loading') return <LoadingState text="正在统计…" />;
  if (stats.state === 'error')
    return <ErrorState message={stats.error.message} onRetry={stats.reload} />;
  return <ClaimsStats data={stats.data} />;
}
