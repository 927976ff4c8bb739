import type { ComponentProps } from 'react';

/**
 * A button that says it is at work without giving up the focus. A disabled
 * button loses the keyboard focus to the page's start, so after pressing
 * Submit a keyboard user found the error and then had to Tab through the
 * whole page back to the form. aria-disabled keeps the focus where it was;
 * a press while busy (a click, or Enter in one of the form's fields, which
 * clicks the submit button) does nothing.
 */
export function BusyButton({ busy, onClick, ...button }: ComponentProps<'button'> & { busy: boolean }) {
  return (
    <button
      {...button}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) return event.preventDefault();
        onClick?.(event);
      }}
    />
  );
}
