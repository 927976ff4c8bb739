/**
 * A screen or list that could not be loaded: what went wrong, in the words
 * `unwrap` gives it, and a button to ask again, so the way forward is not the
 * browser's reload (which loses what else is on the page) or a minute's wait.
 */
export function LoadError({ what, error, onRetry, retrying }: { what: string; error: Error; onRetry(): void; retrying: boolean }) {
  return (
    <div className="load-error">
      <p role="alert" className="error">Could not load {what}. {sentence(error.message)}</p>
      <button type="button" aria-disabled={retrying} onClick={() => !retrying && onRetry()}>
        {retrying ? 'Trying again…' : 'Try again'}
      </button>
    </div>
  );
}

/** The service writes "article … not found"; on screen it is a sentence. */
function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
