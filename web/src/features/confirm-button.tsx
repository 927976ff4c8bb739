import { useQuestion } from './focus-return';

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
  const question = useQuestion<HTMLButtonElement>();
  if (!question.asking) {
    return <button ref={question.control} type="button" className="link-button" onClick={question.ask} aria-label={props.name}>{props.children}</button>;
  }
  return (
    <>
      <button ref={question.answer} type="button" className="link-button danger" onClick={() => { question.answered(); props.onConfirm(); }} onKeyDown={question.keepOnEscape} aria-label={props.confirmName}>
        {props.confirm}
      </button>
      <button type="button" className="link-button" onClick={question.keep} onKeyDown={question.keepOnEscape}>Keep it</button>
    </>
  );
}
