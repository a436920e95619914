import { Text } from '@tarojs/components';
import { EXHIBIT_STATUS_LABEL, type ExhibitStatus } from '@shared/exhibits/exhibit-labels';

export function ExhibitStatusBadge({ status }: { status: ExhibitStatus }) {
  return (
    <Text
      className={`psv-exhibit-status psv-exhibit-status--${status}`}
      data-testid="exhibit-status"
      data-status={status}
    >
      {EXHIBIT_STATUS_LABEL[status]}
    </Text>
  );
}
