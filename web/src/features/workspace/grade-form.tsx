import { useEffect, useRef, useState } from 'react';
import { NOTE_MAX, SEND_BACK_TARGETS, choicesFor, noteOverBy, type Draft, type Evidence, type Rules } from './grading';
import { inDialog, keyBelongsElsewhere } from './shortcuts';
import { BusyButton } from '../busy-button';

interface Props {
  rules: Rules;
  draft: Draft;
  onChange(draft: Draft): void;
  onSubmit(): void;
  busy: boolean;
  disabled: boolean;
}

const FIELD_LABEL: Record<Rules, string> = {
  source_check: 'Attribution verdict',
  verdict: 'Rating',
  approval: 'Decision',
};


/**
 * The grade: one button per choice, each with a single-key shortcut (shown on
 * the button), a note, evidence pieces; Ctrl+Enter submits from anywhere.
 */
export function GradeForm({ rules, draft, onChange, onSubmit, busy, disabled }: Props) {
  const choices = choicesFor(rules);
  const latest = useRef({ draft, onChange, onSubmit, disabled });
  latest.current = { draft, onChange, onSubmit, disabled };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { draft, onChange, onSubmit, disabled } = latest.current;
      if (disabled) return;
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !inDialog(event.target)) {
        event.preventDefault();
        onSubmit();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || keyBelongsElsewhere(event.target)) return;
      const choice = choices.find((c) => c.key === event.key.toLowerCase());
      if (choice) {
        event.preventDefault();
        onChange({ ...draft, choice: choice.value });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [choices]);

  const setEvidence = (i: number, patch: Partial<Evidence>) =>
    onChange({ ...draft, evidence: draft.evidence.map((e, j) => (j === i ? { ...e, ...patch } : e)) });
  // The keyboard goes to the URL of the piece added, or of the piece taken the removed one's place: it stayed
  // on Add evidence, four fields below the new URL, or fell to the page's start with the Remove pressed.
  const evidenceFields = useRef<HTMLFieldSetElement>(null);
  const [focusPiece, setFocusPiece] = useState<number | null>(null);
  useEffect(() => {
    if (focusPiece === null) return;
    const pieces = [...(evidenceFields.current?.querySelectorAll('.evidence-piece') ?? [])];
    pieces[Math.min(focusPiece, pieces.length - 1)]?.querySelector<HTMLInputElement>('input[type="url"]')?.focus();
    setFocusPiece(null);
  }, [focusPiece]);
  const addEvidence = () => {
    onChange({ ...draft, evidence: [...draft.evidence, { url: '', quote: '', archivedUrl: '' }] });
    setFocusPiece(draft.evidence.length);
  };
  const removeEvidence = (i: number) => {
    onChange({ ...draft, evidence: draft.evidence.filter((_, j) => j !== i) });
    setFocusPiece(i);
  };

  const noteOver = noteOverBy(draft.note);

  return (
    <form
      className="grade-form"
      aria-label="Grade"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <fieldset>
        <legend>{FIELD_LABEL[rules]}</legend>
        <div className="choices" role="radiogroup" aria-label={FIELD_LABEL[rules]}>
          {choices.map((c) => (
            <button
              key={c.value}
              type="button"
              role="radio"
              aria-checked={draft.choice === c.value}
              aria-keyshortcuts={c.key}
              className={`choice${draft.choice === c.value ? ' selected' : ''}`}
              onClick={() => onChange({ ...draft, choice: c.value })}
              disabled={disabled}
            >
              <kbd>{c.key}</kbd> {c.label}
            </button>
          ))}
        </div>
      </fieldset>

      {draft.choice === 'send_back' && (
        // An attribution problem (the wrong source, a distorted quote) is for source check, not for a new rating.
        <fieldset>
          <legend>Send back to</legend>
          {SEND_BACK_TARGETS.map((t) => (
            <label key={t.value}>
              <input type="radio" name="return-to" value={t.value} checked={(draft.returnTo ?? 'verdict') === t.value}
                onChange={() => onChange({ ...draft, returnTo: t.value })} disabled={disabled} />
              {t.label}
            </label>
          ))}
        </fieldset>
      )}

      {rules === 'source_check' && (
        <fieldset className="evidence" ref={evidenceFields}>
          <legend>Evidence</legend>
          {draft.evidence.map((e, i) => (
            <div key={i} className="evidence-piece" role="group" aria-label={`Evidence ${i + 1}`}>
              <label>
                URL
                <input type="url" value={e.url} onChange={(ev) => setEvidence(i, { url: ev.target.value })} placeholder="https://…" disabled={disabled} />
              </label>
              <label>
                Quoted passage
                <input type="text" value={e.quote} onChange={(ev) => setEvidence(i, { quote: ev.target.value })} disabled={disabled} />
              </label>
              <label>
                Archive link
                <input type="url" value={e.archivedUrl} onChange={(ev) => setEvidence(i, { archivedUrl: ev.target.value })} disabled={disabled} />
              </label>
              {draft.evidence.length > 1 && (
                <button type="button" className="link-button" onClick={() => removeEvidence(i)} disabled={disabled}>
                  Remove evidence {i + 1}
                </button>
              )}
            </div>
          ))}
          <button
            type="button"
            className="secondary"
            onClick={addEvidence}
            disabled={disabled}
          >
            Add evidence
          </button>
        </fieldset>
      )}

      <label className="note">
        Note{rules === 'source_check' ? ' (optional)' : ''}
        <textarea value={draft.note} onChange={(e) => onChange({ ...draft, note: e.target.value })} rows={3} disabled={disabled}
          aria-invalid={noteOver > 0 || undefined} aria-describedby={noteOver > 0 ? 'note-too-long' : undefined} />
      </label>
      {/* Said as it is typed or pasted, beside the note: the service refused it only once submitted, in its own words. */}
      {noteOver > 0 && (
        <p className="error" id="note-too-long">
          {noteOver.toLocaleString('en')} character{noteOver === 1 ? '' : 's'} over the {NOTE_MAX.toLocaleString('en')} a note may have.
        </p>
      )}
      {/* Pressable before a choice too: pressed, it says what is missing (disabled, it said nothing). */}
      <BusyButton type="submit" className="primary" busy={busy} disabled={disabled} aria-keyshortcuts="Control+Enter">
        Submit grade <kbd>Ctrl+Enter</kbd>
      </BusyButton>
    </form>
  );
}
