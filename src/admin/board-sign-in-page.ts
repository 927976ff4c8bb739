/**
 * The board's sign-in page: the code travels in a POST body, never in a URL.
 * The field has a label and the page a main landmark (axe found the field
 * unnamed, a critical violation: a screen reader announced "edit text"), an
 * icon of its own (the browser asked for /favicon.ico and logged its 404),
 * and a phone's width.
 */
export const SIGN_IN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>claimtrail queues: sign in</title></head>
<body><main>
<h1>claimtrail queues</h1>
<p>Paste a sign-in code (an admin gets one with <code>POST /admin/queues/codes</code> and their access token; it lasts a minute and opens one session).</p>
<form id="f"><label for="code">Sign-in code</label> <input id="code" autocomplete="off" size="60" required> <button>Sign in</button></form>
<p id="err" role="alert"></p>
</main>
<script>
document.getElementById('f').addEventListener('submit', async (event) => {
  event.preventDefault();
  const response = await fetch('/admin/queues/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: document.getElementById('code').value.trim() }),
  });
  if (response.ok) location.assign('/admin/queues');
  else document.getElementById('err').textContent = (await response.json()).message;
});
</script>
</body></html>
`;
