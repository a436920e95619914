import { useMemo, useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { DOCUMENT_ITEMS, itemsFor, type DocumentItem } from '@shared/claims/claim-documents';
import { useDraft } from '../drafts/use-draft';
import { ReadAloud } from '../elderly-mode/read-aloud/read-aloud';
import { PhotoPicker } from '../exhibits/photo-picker';
import { HeldPhotosNote } from '../images/held-photos-note';
import {
  heldIdsOfDraft,
  useHeldPhotoUploads,
  type DraftPhoto,
} from '../images/use-held-photo-uploads';
import { PHOTOS_PER_ITEM, type ClaimPhoto } from './claim-draft';
import { CLAIM_LEVEL_WORD, claimLevelOfRole } from './claim-words';
import type { ClaimView } from './claims-api';
import { useClaimOutbox } from './use-claim-outbox';
import '../exhibits/exhibit-card/exhibit-card.css';

const ANSWER_MAX = 300;

interface ResubmitDraft {
  answer: string;
  /** New photos per paper: uploaded (fileId) or still on the phone (a held-photo marker). */
  added: Partial<Record<DocumentItem, ClaimPhoto[]>>;
}
const isResubmitDraft = (v: unknown): v is ResubmitDraft =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { answer?: unknown }).answer === 'string' &&
  typeof (v as { added?: unknown }).added === 'object' &&
  (v as { added?: unknown }).added !== null;

/** Who sent the claim back, from its last 退回 entry. */
function returnedBy(claim: ClaimView): string {
  const last = [...claim.steps].reverse().find((s) => s.kind === 'returned');
  const level = last ? claimLevelOfRole(last.actorRole) : null;
  return level ? CLAIM_LEVEL_WORD[level] : '村里';
}

/** The papers to add: those missing (checklist and the village's check) first, else all of the claim's. */
export function papersToAdd(claim: ClaimView): DocumentItem[] {
  const missing = [
    ...claim.missing.flatMap((m) => m.items),
    ...claim.documents.filter((d) => d.check?.state === 'missing').map((d) => d.item),
  ];
  if (missing.length > 0) return [...new Set(missing)];
  return itemsFor(claim.type, {
    proxy: claim.proxy,
    ...(claim.accidentOutcome ? { accidentOutcome: claim.accidentOutcome } : {}),
  });
}

/**
 * 退回补充: what to add (returnNote and the missing papers, with 朗读), then photos of each
 * missing paper and 重新提交 — sent through the outbox as `claims.resubmit` of the same claim
 * (new photos kept on the phone go up first, in order).
 */
export function ClaimResubmitPanel({ claim }: { claim: ClaimView }) {
  const { waiting, failed, enqueue } = useClaimOutbox('resubmit', claim.claimId);
  const draft = useDraft<ResubmitDraft>(
    `claim-resubmit.${claim.claimId}`,
    { answer: '', added: {} },
    isResubmitDraft,
  );
  const [open, setOpen] = useState(draft.restored);
  const [active, setActive] = useState<DocumentItem | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { update, flush } = draft;
  // A new photo joins the paper on show as soon as it is kept on the phone (even offline); once
  // it has gone up its marker is swapped for the server's fileId, on whichever paper it is.
  const handlers = useMemo(
    () => ({
      onHeld: (photo: DraftPhoto) => {
        if (!active) return;
        update((current) => ({
          added: { ...current.added, [active]: [...(current.added[active] ?? []), photo] },
        }));
        flush(); // the photo is on the phone: the draft names it at once
      },
      onSent: (marker: string, photo: DraftPhoto) =>
        update((current) => ({
          added: Object.fromEntries(
            Object.entries(current.added).map(([k, list]) => [
              k,
              (list ?? []).map((p) => (p.fileId === marker ? photo : p)),
            ]),
          ),
        })),
    }),
    [active, flush, update],
  );
  const had = (item: DocumentItem) =>
    claim.documents.find((d) => d.item === item)?.files.map((f) => f.fileId) ?? [];
  const room = active
    ? PHOTOS_PER_ITEM - had(active).length - (draft.value.added[active]?.length ?? 0)
    : 0;
  const allAdded: ClaimPhoto[] = Object.values(draft.value.added).flatMap((list) => list ?? []);
  const photos = useHeldPhotoUploads('claims', false, allAdded, room, handlers);
  if (claim.status !== 'returned') return null;
  const who = returnedBy(claim);
  const note = claim.returnNote ?? '请补充材料';
  const papers = papersToAdd(claim);
  const missingLabels = claim.missing.map((m) => m.label);

  const choose = (item: DocumentItem) => {
    if (photos.busy) return setProblem('照片还在压缩，请稍等一下');
    setProblem(null);
    photos.uploads.forEach((u) => photos.dismiss(u.localId));
    setActive(item);
  };

  const send = () => {
    if (photos.busy) return setProblem('照片还在压缩，请稍等一下');
    const answer = draft.value.answer.trim();
    if (answer.length > ANSWER_MAX) return setProblem(`最多写 ${ANSWER_MAX} 个字`);
    const documents = (Object.entries(draft.value.added) as [DocumentItem, ClaimPhoto[]][])
      .filter(([, list]) => list.length > 0)
      .map(([item, list]) => ({
        item,
        fileIds: [...had(item), ...list.map((p) => p.fileId)].slice(-PHOTOS_PER_ITEM),
      }));
    if (documents.length === 0) return setProblem('请先拍缺少的材料，再重新提交');
    enqueue({
      fn: 'claims',
      action: 'resubmit',
      payload: { claimId: claim.claimId, expectedVersion: claim.version, documents, answer },
      label: `补充理赔材料：${claim.subjectName}`,
      keyPrefix: 'claimre',
      photos: heldIdsOfDraft(allAdded),
    });
    draft.clear();
    setActive(null);
    setOpen(false);
  };

  return (
    <View className="psv-risk-panel" data-testid="claim-returned">
      <View className="psv-field__label">{who}说还需要补充：</View>
      <View className="psv-risk-next psv-risk-next--family" data-testid="claim-return-note">
        {note}
      </View>
      {missingLabels.length > 0 && (
        <View data-testid="claim-missing">
          {missingLabels.map((label) => (
            <View key={label} className="psv-field__error" data-testid="claim-missing-item">
              <Text>还缺：{label}</Text>
            </View>
          ))}
        </View>
      )}
      <ReadAloud text={`${who}说还需要补充：${note}。${missingLabels.join('、')}`} />
      {waiting && (
        <View className="psv-notice" role="status" data-testid="claim-resubmit-queued">
          <Text>补充的材料已保存，有网时会自动发送。</Text>
        </View>
      )}
      {failed && !waiting && (
        <View className="psv-field__error">{failed.lastError?.message ?? '没有提交成功。'}</View>
      )}
      {claim.can.resubmit && !waiting && !open && (
        <View
          className="psv-button psv-button--primary psv-risk-answer"
          data-testid="claim-resubmit-open"
          onClick={() => setOpen(true)}
        >
          <Text>补拍材料，重新提交</Text>
        </View>
      )}
      {claim.can.resubmit && !waiting && open && (
        <View data-testid="claim-resubmit-form">
          <View className="psv-field__label">点一项，拍它的照片：</View>
          {papers.map((item) => {
            const added = draft.value.added[item] ?? [];
            return (
              <View key={item} data-testid="claim-resubmit-paper" data-item={item}>
                <View
                  className={`psv-button psv-risk-answer${active === item ? ' psv-button--primary' : ''}`}
                  data-testid={`claim-resubmit-item-${item}`}
                  onClick={() => choose(item)}
                >
                  <Text>
                    {DOCUMENT_ITEMS[item].label}
                    {added.length > 0 ? `（新拍 ${added.length} 张）` : ''}
                  </Text>
                </View>
                {active === item && (
                  <View>
                    <View className="psv-text-secondary">{DOCUMENT_ITEMS[item].hint}</View>
                    <PhotoPicker
                      photos={added}
                      uploads={photos.uploads}
                      room={photos.room}
                      onPick={() => void photos.pick()}
                      onRemove={(fileId) => {
                        const gone = added.find((p) => p.fileId === fileId);
                        if (gone) photos.release(gone);
                        update((current) => ({
                          added: {
                            ...current.added,
                            [item]: (current.added[item] ?? []).filter((p) => p.fileId !== fileId),
                          },
                        }));
                      }}
                      onDismiss={photos.dismiss}
                      stateOf={photos.stateOf}
                    />
                    <HeldPhotosNote states={added.map((p) => photos.stateOf(p.fileId))} />
                  </View>
                )}
              </View>
            );
          })}
          <View className="psv-field__label">想说几句吗？（可以不写）</View>
          <Textarea
            className="psv-textarea psv-risk-big-input"
            data-testid="claim-resubmit-answer"
            name="answer"
            value={draft.value.answer}
            maxlength={ANSWER_MAX}
            placeholder="比如：结算单补拍好了"
            onInput={(e) => {
              setProblem(null);
              update({ answer: e.detail.value });
            }}
          />
          {problem && (
            <View className="psv-field__error" role="alert" data-testid="claim-resubmit-problem">
              {problem}
            </View>
          )}
          <View
            className="psv-button psv-button--primary psv-risk-answer"
            data-testid="claim-resubmit-send"
            onClick={send}
          >
            <Text>{photos.busy ? '照片正在压缩…' : '重新提交'}</Text>
          </View>
        </View>
      )}
    </View>
  );
}
