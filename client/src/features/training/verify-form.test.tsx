import { render, screen } from '@testing-library/react';
import { EXAMPLE_SERIAL, isWellFormedSerial } from '@shared/training/certificate-serial';
import { VerifyForm } from './verify-form';

test('the example serial passes its own check and fits in the box', () => {
  render(<VerifyForm />);
  const box = screen.getByTestId('verify-serial');
  expect(box.getAttribute('placeholder')).toBe(`例如 ${EXAMPLE_SERIAL}`);
  expect(isWellFormedSerial(EXAMPLE_SERIAL)).toBe(true);
  // A full serial is 21 characters: a box that stops at 20 cuts the check letter off.
  expect(Number(box.getAttribute('maxlength'))).toBeGreaterThanOrEqual(EXAMPLE_SERIAL.length);
});
