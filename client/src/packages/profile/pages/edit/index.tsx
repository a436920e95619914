import { PageShell } from '../../../../components/page-shell/page-shell';
import { ProfileScreen } from '../../../../features/profile/profile-screen';

/** 完善资料: opened from 我的 and from forms that need the profile; comes back after saving. */
export default function ProfileEditPage() {
  return (
    <PageShell title="完善资料">
      <ProfileScreen />
    </PageShell>
  );
}
