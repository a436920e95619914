import { ComingSoon } from '../../../../features/catalogue/coming-soon';

export default function HouseholdPage() {
  return <ComingSoon feature="household" />;
}
