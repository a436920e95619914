import { createCloudbaseIdentity } from './cloudbase-identity';

const scf = (environment: Record<string, string>) => ({
  request_id: 'r1',
  function_name: 'users',
  environment: JSON.stringify(environment),
});

describe('CloudBase identity', () => {
  const identity = createCloudbaseIdentity();

  test('reads the WeChat OPENID from the function context environment', async () => {
    const ctx = scf({
      WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID',
      WX_OPENID: 'oAbC123_xyz',
      WX_APPID: 'wx1',
    });
    expect(await identity.resolve(ctx)).toEqual({ openid: 'oAbC123_xyz' });
  });

  test('understands the older `environ` k=v;k=v form', async () => {
    expect(await identity.resolve({ environ: 'WX_APPID=wx1;WX_OPENID=oLegacy01' })).toEqual({
      openid: 'oLegacy01',
    });
  });

  test('anonymous or foreign contexts resolve to null, and a payload openid is never used', async () => {
    expect(
      await identity.resolve(scf({ WX_CONTEXT_KEYS: 'WX_APPID', WX_APPID: 'wx1' })),
    ).toBeNull();
    expect(await identity.resolve(undefined)).toBeNull();
    expect(
      await identity.resolve({ openid: 'oFromPayload1', WX_OPENID: 'oFromPayload1' }),
    ).toBeNull();
    expect(await identity.resolve({ environment: '{not json' })).toBeNull();
    expect(await identity.resolve(scf({ WX_OPENID: 'bad openid with spaces' }))).toBeNull();
  });
});
