import { ComingSoon } from '../../../../features/catalogue/coming-soon';

export default function PoliciesPage() {
  return <ComingSoon feature="policies" />;
}
