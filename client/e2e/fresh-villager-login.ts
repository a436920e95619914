import type { JourneyKit } from './exhibits-journey';

interface DevLoginAnswer {
  ok: boolean;
  data?: { token: string; persona: string; userId: string; role: string; name: string | null };
}

/**
 * Logs the phone in as a fresh extra villager of 祁牟村 (dev-login `{persona: 'villager', as}`),
 * someone no other journey uses: the login page's picker offers only the named personas, so the
 * session is stored the way the app stores a dev-login answer, then the app is reloaded.
 * Returns the user id and token.
 */
export async function loginFreshVillager(
  kit: Pick<JourneyKit, 'page' | 'gateway' | 'assert' | 'callApi'>,
  as: string,
): Promise<{ userId: string; token: string }> {
  const { page, gateway, assert, callApi } = kit;
  const answer = await callApi(gateway, 'auth/dev-login', { persona: 'villager', as });
  const login = answer.json as DevLoginAnswer;
  assert(login.ok && login.data, `dev-login as ${as}: ${JSON.stringify(answer.json)}`);
  const data = login.data as NonNullable<DevLoginAnswer['data']>;
  const session = {
    token: data.token,
    persona: data.persona,
    userId: data.userId,
    role: data.role,
    name: data.name,
  };
  await page.goto(`${gateway.url}/#/pages/home/index`);
  // Taro h5 keeps each value as {"data": <the app's JSON text>}.
  await page.evaluate((value) => {
    localStorage.removeItem('psv.session.signed-out.v1');
    localStorage.setItem('psv.session.v1', JSON.stringify({ data: JSON.stringify(value) }));
  }, session);
  await page.reload();
  return { userId: data.userId, token: data.token };
}
