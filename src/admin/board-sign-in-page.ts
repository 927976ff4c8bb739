/** The board's sign-in page: the code travels in a POST body, never in a URL. */
export const SIGN_IN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>claimtrail queues: sign in</title></head>
<body>
<h1>claimtrail queues</h1>
<p>Paste a sign-in code (an admin gets one with <code>POST /admin/queues/codes</code> and their access token; it lasts a minute and opens one session).</p>
<form id="f"><input id="code" autocomplete="off" size="60" required> <button>Sign in</button></form>
<p id="err" role="alert"></p>
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
