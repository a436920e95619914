import { createSubscriptionAsker, type SubscriptionAskerDeps } from './subscription-asker';

function setup(weapp = true, answers: Record<string, unknown> | null = null) {
  const requested: string[][] = [];
  const recorded: Array<Parameters<SubscriptionAskerDeps['record']>> = [];
  const asker = createSubscriptionAsker({
    weapp,
    load: () =>
      Promise.resolve([
        { kind: 'progress', templateId: 'tpl-progress-1' },
        { kind: 'training', templateId: 'tpl-training-1' },
      ]),
    request: (ids, done) => {
      requested.push(ids);
      done(answers);
    },
    record: (...args) => recorded.push(args),
  });
  return { asker, requested, recorded };
}

test('asks for the kinds of the tap and records the answers', async () => {
  const { asker, requested, recorded } = setup(true, {
    errMsg: 'requestSubscribeMessage:ok',
    'tpl-progress-1': 'accept',
  });
  await asker.preload();
  asker.ask(['progress'], 'risk');
  expect(requested).toEqual([['tpl-progress-1']]);
  expect(recorded).toEqual([['risk', [{ templateId: 'tpl-progress-1', answer: 'accept' }]]]);
});

test('a tap before the template ids arrived asks nothing; a cancelled request records nothing', async () => {
  const { asker, requested, recorded } = setup(true, null);
  asker.ask(['training'], 'training');
  expect(requested).toHaveLength(0);
  await asker.preload();
  asker.ask(['training'], 'training');
  expect(requested).toEqual([['tpl-training-1']]);
  expect(recorded).toHaveLength(0);
});

test('h5 never asks', async () => {
  const { asker, requested } = setup(false, {});
  await asker.preload();
  asker.ask(['progress'], 'claims');
  expect(requested).toHaveLength(0);
});
