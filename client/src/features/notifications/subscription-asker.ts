import type { SubscriptionKind } from '@shared/notifications/subscription-templates';

/** What `wx.requestSubscribeMessage` answers per template id. */
export type SubscribeAnswer = 'accept' | 'reject' | 'ban' | 'filter';
export type AskedFrom = 'risk' | 'claims' | 'training' | 'other';

export interface SubscriptionAskerDeps {
  /** Only the mini-program has subscription messages; on h5 nothing is asked. */
  weapp: boolean;
  /** Loads the configured template ids (`notifyDispatch.subscriptionTemplates`). */
  load: () => Promise<Array<{ kind: SubscriptionKind; templateId: string }> | null>;
  /** `Taro.requestSubscribeMessage`: must be called synchronously inside the tap. */
  request: (tmplIds: string[], done: (answers: Record<string, unknown> | null) => void) => void;
  /** Records the answers (`notifyDispatch.recordSubscriptions`). */
  record: (
    askedFrom: AskedFrom,
    answers: Array<{ templateId: string; answer: SubscribeAnswer }>,
  ) => void;
}

const ANSWERS: readonly string[] = ['accept', 'reject', 'ban', 'filter'];

/**
 * Asks for WeChat subscription consent inside a submit tap. WeChat allows the request only
 * synchronously in a tap, so the template ids are loaded before (`preload`, when the form
 * opens); a tap before they arrive asks nothing (the in-app 消息 comes anyway). The answers
 * are recorded on the server, never kept on the phone.
 */
export function createSubscriptionAsker(deps: SubscriptionAskerDeps) {
  let templates: Array<{ kind: SubscriptionKind; templateId: string }> | null = null;
  let loading: Promise<void> | null = null;

  return {
    preload(): Promise<void> {
      if (!deps.weapp || templates) return Promise.resolve();
      loading ??= deps
        .load()
        .then((t) => {
          templates = t;
        })
        .catch(() => undefined)
        .finally(() => {
          loading = null;
        });
      return loading;
    },

    /** Call first thing in the tap that submits. Never throws; never blocks the submit. */
    ask(kinds: SubscriptionKind[], askedFrom: AskedFrom): void {
      if (!deps.weapp || !templates) return;
      const tmplIds = templates.filter((t) => kinds.includes(t.kind)).map((t) => t.templateId);
      if (tmplIds.length === 0) return;
      try {
        deps.request(tmplIds.slice(0, 3), (res) => {
          if (!res) return;
          const answers = tmplIds.flatMap((templateId) => {
            const a = res[templateId];
            return typeof a === 'string' && ANSWERS.includes(a)
              ? [{ templateId, answer: a as SubscribeAnswer }]
              : [];
          });
          if (answers.length) deps.record(askedFrom, answers);
        });
      } catch {
        // An old base library without the API: the submit goes on.
      }
    },
  };
}
