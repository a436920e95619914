import { render, screen, waitFor } from '@testing-library/react';
import { api } from '../../api/api';
import { SessionCodePanel } from './session-code-panel';

jest.mock('../../api/api', () => ({ api: { training: { sessionCode: jest.fn() } } }));
const sessionCode = api.training.sessionCode as jest.Mock;

test('the session code shows its digits and a drawn QR code, not the raw text inside it', async () => {
  const qrText = JSON.stringify({
    t: 'psv-checkin',
    courseId: 'c-weld',
    sessionId: 's1',
    code: '482913',
  });
  sessionCode.mockResolvedValue({
    ok: true,
    data: { code: '482913', validUntil: new Date(Date.now() + 60_000).toISOString(), qrText },
  });
  render(<SessionCodePanel courseId="c-weld" sessionId="s1" />);
  await waitFor(() => expect(screen.getByTestId('session-code-digits').textContent).toBe('482913'));
  const qr = screen.getByTestId('qr-code');
  expect(Number(qr.getAttribute('data-modules'))).toBeGreaterThanOrEqual(29);
  expect(qr.getAttribute('aria-label')).toContain('482913');
  expect(screen.getByTestId('session-code').textContent).not.toContain('psv-checkin');
});
