import { ComingSoon } from '../../../../features/catalogue/coming-soon';

export default function ExhibitsPage() {
  return <ComingSoon feature="exhibits" />;
}
