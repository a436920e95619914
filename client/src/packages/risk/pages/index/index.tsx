import { ComingSoon } from '../../../../features/catalogue/coming-soon';

export default function RiskPage() {
  return <ComingSoon feature="risk" />;
}
