// libpq and ioredis also take the password (and a key's passphrase) as query parameters.
const SECRET_PARAM = /^(password|sslpassword|pass)$/i;

/** The URL without its password, in the authority or the query, for log lines and error messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    for (const name of [...u.searchParams.keys()]) {
      if (SECRET_PARAM.test(name)) u.searchParams.set(name, '***');
    }
    return u.toString();
  } catch {
    return '<unparseable url>';
  }
}
