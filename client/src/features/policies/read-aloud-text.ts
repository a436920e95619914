import { policyReadingText } from '@shared/speech/reading-text';

/**
 * What 朗读 reads: the title, summary, paragraphs, examples and the questions with answers — the
 * same text the server reads (shared/src/speech/reading-text.ts), so its audio matches.
 */
export const policyReadAloudText = policyReadingText;
