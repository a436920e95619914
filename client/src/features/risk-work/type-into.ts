import { act, fireEvent } from '@testing-library/react';

/**
 * Types into a Taro field by its `name` (tests only). Taro's h5 Input is a plain <input> read
 * from `target.value`; its Textarea is a web component whose handler reads `event.detail.value`,
 * which only a CustomEvent carries (fireEvent.input's InputEvent has a numeric `detail`).
 */
export function typeInto(name: string, value: string): void {
  const field = document.querySelector(`[name="${name}"]`);
  if (!field) throw new Error(`no field ${name}`);
  act(() => {
    if (field.tagName === 'INPUT') fireEvent.input(field, { target: { value } });
    else field.dispatchEvent(new CustomEvent('input', { bubbles: true, detail: { value } }));
  });
}
