import type { TestPlatform } from '../platform/test-support/test-platform';
import { createTestPlatform } from '../platform/test-support/test-platform';
import { notifyDispatchFunction } from './notify-dispatch-function';
import { subscriptionConsentsCollection } from './subscription-consents';

let t: TestPlatform;
beforeEach(async () => {
  t = await createTestPlatform();
  await t.store.ensureCollections([subscriptionConsentsCollection]);
});
afterEach(() => t.cleanup());

describe('notifyDispatch calls', () => {
  test('lists the configured templates to ask about', async () => {
    const call = t.client(notifyDispatchFunction);
    expect(await call('villager', 'subscriptionTemplates', {})).toEqual({
      ok: true,
      data: {
        templates: [
          { kind: 'progress', templateId: 'local-progress-template' },
          { kind: 'training', templateId: 'local-training-template' },
        ],
      },
    });
    expect((await call(null, 'subscriptionTemplates', {})).ok).toBe(false);
  });

  test('each accept allows one more message; a reject adds none; the answers are the caller’s own', async () => {
    const call = t.client(notifyDispatchFunction);
    const answer = (templateId: string, a: string) =>
      call('villager', 'recordSubscriptions', {
        askedFrom: 'risk',
        answers: [{ templateId, answer: a }],
      });
    expect(await answer('local-progress-template', 'accept')).toEqual({
      ok: true,
      data: { recorded: [{ kind: 'progress', remaining: 1 }] },
    });
    expect((await answer('local-progress-template', 'accept')).ok).toBe(true);
    expect(await answer('local-progress-template', 'reject')).toEqual({
      ok: true,
      data: { recorded: [{ kind: 'progress', remaining: 2 }] },
    });
    const docs = (await t.store.collection(subscriptionConsentsCollection).find({})).items;
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({
      kind: 'progress',
      remaining: 2,
      lastAnswer: 'reject',
      askedFrom: 'risk',
    });
    // Another villager starts from nothing.
    expect(
      await call('villager_b', 'recordSubscriptions', {
        answers: [{ templateId: 'local-training-template', answer: 'accept' }],
      }),
    ).toMatchObject({ ok: true, data: { recorded: [{ kind: 'training', remaining: 1 }] } });
  });

  test('an answer for a template that is not configured is refused in Chinese', async () => {
    const call = t.client(notifyDispatchFunction);
    const r = await call('villager', 'recordSubscriptions', {
      answers: [{ templateId: 'someone-elses-template', answer: 'accept' }],
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(JSON.stringify(r)).toContain('模板编号不对');
  });
});
