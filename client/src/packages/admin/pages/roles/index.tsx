import { PageShell } from '../../../../components/page-shell/page-shell';
import { UserRolesScreen } from '../../../../features/admin/user-roles-screen';

/** 人员与角色: an administrator finds anyone and sets their role and unit. */
export default function UserRolesPage() {
  return (
    <PageShell title="人员与角色">
      <UserRolesScreen />
    </PageShell>
  );
}
