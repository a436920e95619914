import type { ActionOutput, ActionPayload } from '@shared/contract/define-function';
import type { exhibitsContract } from '@shared/exhibits/exhibits-contract';

type ExhibitsActions = (typeof exhibitsContract)['actions'];

/** Types of the exhibits contract, read from the shared schemas (types only, no zod here). */
export type ExhibitCardView = ActionOutput<ExhibitsActions, 'list'>['items'][number];
export type ExhibitDetailView = ActionOutput<ExhibitsActions, 'get'>;
export type MyExhibitView = ActionOutput<ExhibitsActions, 'mine'>['items'][number];
export type ExhibitChapters = ActionOutput<ExhibitsActions, 'chapters'>;
export type ExhibitChapter = ExhibitChapters['chapters'][number];
export type ListExhibitsPayload = ActionPayload<ExhibitsActions, 'list'>;
export type SubmitExhibitPayload = ActionPayload<ExhibitsActions, 'submit'>;
export type ReviewDecision = ActionPayload<ExhibitsActions, 'review'>['decision'];
export type ResubmitExhibitPayload = ActionPayload<ExhibitsActions, 'resubmit'>;
export type UpsertChapterPayload = ActionPayload<ExhibitsActions, 'upsertChapter'>;
