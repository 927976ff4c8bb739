import { useState } from 'react';

/**
 * A secret the service shows once (an API key, a webhook signing secret),
 * with a Copy button: selecting a long `ctk_…` by mouse was the only way to
 * take it, and a keyboard could not select it at all. Where the browser
 * offers no clipboard (plain http on another host), the button says so
 * rather than pretending.
 */
export function OneTimeSecret({ label, secret, children, onDone }: { label: string; secret: string; children: string; onDone(): void }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="warning" role="status" aria-label={label}>
      {children} <code className="secret">{secret}</code>
      <button type="button" className="link-button" onClick={() => void copy()}>Copy</button>
      <button type="button" className="link-button" onClick={onDone}>Done</button>
      {copied === true && <span> Copied.</span>}
      {copied === false && <span className="error"> This browser would not copy it: select it and copy it yourself.</span>}
    </div>
  );
}
