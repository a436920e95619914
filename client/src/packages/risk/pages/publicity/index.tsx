import { ComingSoon } from '../../../../features/catalogue/coming-soon';

export default function Page() {
  return <ComingSoon feature="risk" />;
}
