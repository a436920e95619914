import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { EmptyState } from '../../../../components/page-state/page-state';
import { PrivacyNotice } from '../../../../features/privacy/privacy-notice/privacy-notice';
import { CourseDetail } from '../../../../features/training/course-detail';

/** 课程详情 and 报名. */
export default function CoursePage() {
  const { params } = useRouter();
  const courseId = params.id ? decodeURIComponent(params.id) : '';
  return (
    <PageShell>
      {courseId ? (
        <>
          <CourseDetail courseId={courseId} />
          <PrivacyNotice text="报名用您的姓名和手机号，只给培训老师和村干部看。" />
        </>
      ) : (
        <EmptyState title="没有指定课程" hint="请从课程列表里点开一门课。" />
      )}
    </PageShell>
  );
}
