import { useMemo, useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { useDraft } from '../drafts/use-draft';
import { ReadAloud } from '../elderly-mode/read-aloud/read-aloud';
import { PhotoPicker } from '../exhibits/photo-picker';
import type { RiskReportView } from './risk-api';
import { PHOTOS_MAX } from './risk-draft';
import { LEVEL_WORD, levelOfRole } from './risk-levels';
import { useReportOutbox } from './use-report-outbox';
import { HeldPhotosNote } from '../images/held-photos-note';
import {
  heldIdsOfDraft,
  useHeldPhotoUploads,
  type DraftPhoto,
} from '../images/use-held-photo-uploads';
import '../exhibits/exhibit-card/exhibit-card.css';

const ANSWER_MIN = 2;
const ANSWER_MAX = 300;

interface ResubmitDraft {
  answer: string;
  /** Uploaded (fileId) or still on the phone (a held-photo marker). */
  photos: DraftPhoto[];
}
const isResubmitDraft = (v: unknown): v is ResubmitDraft =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { answer?: unknown }).answer === 'string' &&
  Array.isArray((v as { photos?: unknown }).photos);

/** Who sent the report back, from its last 退回 entry. */
function returnedBy(report: RiskReportView): string {
  const last = [...report.steps].reverse().find((s) => s.kind === 'returned');
  const level = last ? levelOfRole(last.actorRole) : null;
  return level ? LEVEL_WORD[level] : '村里';
}

/**
 * 退回补充: what to add (returnNote, with 朗读), then 补充后重新提交 — the family's answer and
 * any new photos, sent through the outbox as `risk.resubmit` of the same report (new photos kept
 * on the phone go up first, in order).
 */
export function ResubmitPanel({ report }: { report: RiskReportView }) {
  const { waiting, failed, enqueue } = useReportOutbox('resubmit', report.reportId);
  const draft = useDraft<ResubmitDraft>(
    `risk-resubmit.${report.reportId}`,
    { answer: '', photos: [] },
    isResubmitDraft,
  );
  const [open, setOpen] = useState(draft.restored);
  const [problem, setProblem] = useState<string | null>(null);
  const { update, flush } = draft;
  // A new photo joins the draft as soon as it is kept on the phone (even offline); once it has
  // gone up its marker is swapped for the server's fileId. The outbox sends the rest first.
  const handlers = useMemo(
    () => ({
      // Saved at once: the photo is on the phone, the draft must name it if the app is closed.
      onHeld: (photo: DraftPhoto) => {
        update((current) => ({ photos: [...current.photos, photo] }));
        flush();
      },
      onSent: (marker: string, photo: DraftPhoto) =>
        update((current) =>
          current.photos.some((p) => p.fileId === marker)
            ? { photos: current.photos.map((p) => (p.fileId === marker ? photo : p)) }
            : {},
        ),
    }),
    [flush, update],
  );
  const room = PHOTOS_MAX - report.photos.length - draft.value.photos.length;
  const photos = useHeldPhotoUploads('risk', false, draft.value.photos, room, handlers);
  if (report.status !== 'returned') return null;
  const who = returnedBy(report);
  const note = report.returnNote ?? '请补充材料';

  const send = () => {
    const answer = draft.value.answer.trim();
    if (photos.busy) return setProblem('照片还在压缩，请稍等一下');
    if (answer.length < ANSWER_MIN) return setProblem('请写几个字，说说补充了什么');
    if (answer.length > ANSWER_MAX) return setProblem(`最多写 ${ANSWER_MAX} 个字`);
    const added = draft.value.photos.map((p) => p.fileId);
    enqueue({
      fn: 'risk',
      action: 'resubmit',
      payload: {
        reportId: report.reportId,
        expectedVersion: report.version,
        answer,
        ...(added.length > 0
          ? { photoFileIds: [...report.photos.map((p) => p.fileId), ...added] }
          : {}),
      },
      label: `补充材料：${report.subjectName}`,
      keyPrefix: 'riskre',
      photos: heldIdsOfDraft(draft.value.photos),
    });
    draft.clear();
    setOpen(false);
  };

  return (
    <View className="psv-risk-panel" data-testid="risk-returned">
      <View className="psv-field__label">{who}说还需要补充：</View>
      <View className="psv-risk-next psv-risk-next--family" data-testid="risk-return-note">
        {note}
      </View>
      <ReadAloud text={`${who}说还需要补充：${note}`} />
      {waiting && (
        <View className="psv-notice" role="status" data-testid="risk-resubmit-queued">
          <Text>补充的内容已保存，有网时会自动发送。</Text>
        </View>
      )}
      {failed && !waiting && (
        <View className="psv-field__error">{failed.lastError?.message ?? '没有提交成功。'}</View>
      )}
      {report.can.resubmit && !waiting && !open && (
        <View
          className="psv-button psv-button--primary psv-risk-answer"
          data-testid="risk-resubmit-open"
          onClick={() => setOpen(true)}
        >
          <Text>补充后重新提交</Text>
        </View>
      )}
      {report.can.resubmit && !waiting && open && (
        <View data-testid="risk-resubmit-form">
          <View className="psv-field__label">您补充了什么？</View>
          <Textarea
            className="psv-textarea psv-risk-big-input"
            data-testid="risk-resubmit-answer"
            value={draft.value.answer}
            maxlength={ANSWER_MAX}
            placeholder="比如：住院发票拍好了，在下面"
            onInput={(e) => {
              setProblem(null);
              update({ answer: e.detail.value });
            }}
          />
          <View className="psv-field__label">补充照片（可以不传）</View>
          <PhotoPicker
            photos={draft.value.photos}
            uploads={photos.uploads}
            room={photos.room}
            onPick={() => void photos.pick()}
            onRemove={(fileId) => {
              const gone = draft.value.photos.find((p) => p.fileId === fileId);
              if (gone) photos.release(gone);
              update((current) => ({ photos: current.photos.filter((p) => p.fileId !== fileId) }));
            }}
            onDismiss={photos.dismiss}
            stateOf={photos.stateOf}
          />
          <HeldPhotosNote states={draft.value.photos.map((p) => photos.stateOf(p.fileId))} />
          {problem && <View className="psv-field__error">{problem}</View>}
          <View
            className="psv-button psv-button--primary psv-risk-answer"
            data-testid="risk-resubmit-send"
            onClick={send}
          >
            <Text>重新提交</Text>
          </View>
        </View>
      )}
    </View>
  );
}
