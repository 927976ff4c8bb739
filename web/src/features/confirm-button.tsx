import { useEffect, useRef, useState } from 'react';

/**
 * A destructive action on a second press: the first press only asks, naming
 * what will happen, and offers to keep things as they are. `name` is the
 * first button's accessible name, `confirmName` the second's. The keyboard
 * follows the question: the pressed button is replaced, and focus would
 * otherwise fall back to the page's start.
 */
export function ConfirmButton(props: {
  children: string;
  name: string;
  confirm: string;
  confirmName: string;
  onConfirm(): void;
}) {
  const [confirming, setConfirming] = useState<boolean | null>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming === null) return;
    (confirming ? confirm : ask).current?.focus();
  }, [confirming]);
  if (!confirming) {
    return <button ref={ask} type="button" className="link-button" onClick={() => setConfirming(true)} aria-label={props.name}>{props.children}</button>;
  }
  return (
    <>
      <button ref={confirm} type="button" className="link-button danger" onClick={() => { setConfirming(null); props.onConfirm(); }} aria-label={props.confirmName}>
        {props.confirm}
      </button>
      <button type="button" className="link-button" onClick={() => setConfirming(false)}>Keep it</button>
    </>
  );
}
