import { PageShell } from '../../../../components/page-shell/page-shell';
import { ExhibitBrowser } from '../../../../features/exhibits/exhibit-browser';

/** 村史家珍 from the home grid: the same browser as the 村史 tab. */
export default function ExhibitsPage() {
  return (
    <PageShell title="村史家珍">
      <ExhibitBrowser />
    </PageShell>
  );
}
