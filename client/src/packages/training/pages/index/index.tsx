import { ComingSoon } from '../../../../features/catalogue/coming-soon';

export default function TrainingPage() {
  return <ComingSoon feature="training" />;
}
