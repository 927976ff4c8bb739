import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

/**
 * Gives the keyboard back to the control that opened something (a form, an
 * editor) once that thing has closed: the closing element took the focus with
 * it, to the page's start. The focus moves after the render that removed it.
 */
export function useFocusReturn<T extends HTMLElement>(): { target: RefObject<T | null>; returnFocus(): void } {
  const target = useRef<T>(null);
  const [returning, setReturning] = useState(false);
  useEffect(() => {
    if (!returning) return;
    target.current?.focus();
    setReturning(false);
  }, [returning]);
  return { target, returnFocus: () => setReturning(true) };
}

/**
 * A question asked in place of a control before something that cannot be
 * undone: the keyboard goes to the question's answer button while it is
 * asked, and back to the control when the person keeps things as they were.
 * `answered` ends the question without moving the focus (what follows, such
 * as a removed row, decides where it goes).
 */
export function useQuestion<C extends HTMLElement>(): {
  asking: boolean;
  control: RefObject<C | null>;
  answer: RefObject<HTMLButtonElement | null>;
  ask(): void;
  keep(): void;
  answered(): void;
  /** For the question's buttons: Escape keeps things as they were, as it closes any question. */
  keepOnEscape(event: KeyboardEvent): void;
} {
  // null: never asked, or answered; nothing to move the focus to.
  const [asking, setAsking] = useState<boolean | null>(null);
  const control = useRef<C>(null);
  const answer = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking === null) return;
    (asking ? answer : control).current?.focus();
  }, [asking]);
  return {
    asking: asking === true,
    control,
    answer,
    ask: () => setAsking(true),
    keep: () => setAsking(false),
    answered: () => setAsking(null),
    keepOnEscape: (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setAsking(false);
    },
  };
}
