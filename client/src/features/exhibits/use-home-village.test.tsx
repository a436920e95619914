import { renderHook, waitFor } from '@testing-library/react';
import { api } from '../../api/api';
import { useHomeVillagePreselect } from './use-home-village';

jest.mock('../../api/api', () => ({ api: { users: { me: jest.fn() } } }));
jest.mock('../session/use-session', () => ({
  useSession: () => ({ session: null, signedIn: true }),
}));
const me = api.users.me as jest.Mock;

beforeEach(() => {
  me.mockReset();
  me.mockResolvedValue({ ok: true, data: { villageId: 'v-qimou' } });
});

test('the user’s own village is chosen when nothing is chosen yet', async () => {
  const apply = jest.fn();
  renderHook(() => useHomeVillagePreselect(null, apply));
  await waitFor(() => expect(apply).toHaveBeenCalledWith('v-qimou'));
  expect(apply).toHaveBeenCalledTimes(1);
});

test('a village already chosen (a restored draft) is kept', async () => {
  const apply = jest.fn();
  renderHook(() => useHomeVillagePreselect('v-other', apply));
  await waitFor(() => expect(me).toHaveBeenCalled());
  expect(apply).not.toHaveBeenCalled();
});
