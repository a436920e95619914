import { ComingSoon } from '../../../../features/catalogue/coming-soon';

export default function ClaimsPage() {
  return <ComingSoon feature="claims" />;
}
