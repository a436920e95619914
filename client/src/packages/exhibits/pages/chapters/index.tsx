import { useRouter } from '@tarojs/taro';
import { PageShell } from '../../../../components/page-shell/page-shell';
import { SignInPrompt } from '../../../../components/sign-in-prompt/sign-in-prompt';
import { EmptyState, LoadingState } from '../../../../components/page-state/page-state';
import { ChapterEditor } from '../../../../features/exhibits/chapter-editor';
import { useMayEditReader } from '../../../../features/exhibits/use-may-edit-reader';
import { useSession } from '../../../../features/session/use-session';

/** 编辑乡愁记忆: the reader's chapters, for the cadre of that village. */
export default function ChapterEditorPage() {
  const { signedIn } = useSession();
  const { params } = useRouter();
  const villageId = params.village ? decodeURIComponent(params.village) : '';
  const may = useMayEditReader(villageId);
  return (
    <PageShell title="编辑乡愁记忆">
      {!signedIn ? (
        <SignInPrompt reason="请先用村干部账号登录。" />
      ) : may === null ? (
        <LoadingState />
      ) : may ? (
        <ChapterEditor villageId={villageId} />
      ) : (
        <EmptyState
          title="这里是村干部编排本村读本的地方"
          hint="读本可以在村史家珍里点“读《乡愁记忆》”阅读。"
        />
      )}
    </PageShell>
  );
}
