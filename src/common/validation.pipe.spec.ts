import { spawnSync } from 'node:child_process';
import { BadRequestException } from '@nestjs/common';
import { LoginDto } from '../auth/dto/login.dto.js';
import { CreateApiKeyDto } from '../api-keys/dto/create-api-key.dto.js';
import { CreateUserDto } from '../users/dto/create-user.dto.js';
import { ChangeOwnPasswordDto, SetPasswordDto } from '../users/dto/password.dto.js';
import { ReviseArticleDto, SubmitArticleDto } from '../articles/dto/submit-article.dto.js';
import { ArticleQuery, ClaimPageQuery } from '../articles/dto/claim-page.query.js';
import { ListOutletsQuery } from '../outlets/dto/list-outlets.query.js';
import { CreateOutletDto, UpdateOutletDto } from '../outlets/dto/outlet.dto.js';
import { ProposeOutletDto, RejectProposalDto } from '../outlets/dto/outlet-proposal.dto.js';
import { CreateWebhookDto, UpdateWebhookDto } from '../webhooks/dto/webhook-endpoint.dto.js';
import { ClaimReviewFeedQuery } from '../publication/dto/publication.dto.js';
import { ListDeliveriesQuery, ReplayDto } from '../webhooks/dto/webhook-delivery.dto.js';
import { AccuracyQuery } from '../corrections/dto/accuracy.dto.js';
import { QueuesQuery } from '../review/dto/queues.query.js';
import { DismissClaimDto, SubmitReviewDto } from '../review/dto/submit-review.dto.js';
import { CorrectSourcesDto } from '../corrections/dto/correct-sources.dto.js';
import { PaginationQuery } from './pagination.dto.js';
import { createValidationPipe } from './validation.pipe.js';

async function messageFor(metatype: new () => object, body: Record<string, unknown>, type: 'body' | 'query' = 'body'): Promise<string> {
  try {
    await createValidationPipe().transform(body, { type, metatype });
  } catch (error) {
    return ((error as BadRequestException).getResponse() as { message: string }).message;
  }
  return 'valid';
}

const queryMessageFor = (metatype: new () => object, query: Record<string, unknown>) => messageFor(metatype, query, 'query');

describe('what is wrong with a field, whichever rule ran first', () => {
  // Each of these named a length rule: "slug must be shorter than or equal to 100 characters" for a null or a number.
  it('names a null, a wrong kind of value and a repeated query parameter for what they are', async () => {
    expect(await messageFor(UpdateOutletDto, { slug: null })).toBe('slug must not be null');
    expect(await messageFor(UpdateOutletDto, { slug: 42 })).toBe('slug must be a string');
    expect(await messageFor(UpdateOutletDto, { name: ['A', 'B'] })).toBe('name must be a single value, not a list');
    expect(await queryMessageFor(ListOutletsQuery, { q: ['a', 'b'] })).toBe('q must be a single value, not a list');
    // A choice among values said "must be one of: ..." of ?status=analyzed&status=failed, both of which are.
    expect(await queryMessageFor(ListOutletsQuery, { sort: ['name', 'confirmed'] })).toBe('sort must be a single value, not a list');
    expect(await queryMessageFor(ListDeliveriesQuery, { status: ['failed', 'delivered'] })).toBe('status must be a single value, not a list');
    expect(await messageFor(CreateApiKeyDto, { name: 'cms', scopes: ['articles:read', 'admin'] })).toBe('each scope must be one of: articles:write, articles:read, outlets:read, webhooks:manage');
    expect(await messageFor(CreateOutletDto, { slug: 'x', name: 'X', type: 'other', aliases: [1] })).toBe('each value in aliases must be a string');
    // One message per field, and one per field still when several are wrong.
    expect(await messageFor(UpdateOutletDto, { slug: 42, name: null })).toBe('slug must be a string; name must not be null');
    expect(await queryMessageFor(ListOutletsQuery, { q: 'x'.repeat(201) })).toBe('q must be shorter than or equal to 200 characters');
  });
});

describe('validation messages', () => {
  it('says a missing required field is required, not which length rule ran first', async () => {
    expect(await messageFor(LoginDto, { email: 'a@example.org' })).toBe('password is required');
    expect(await messageFor(LoginDto, {})).toBe('email is required; password is required');
    expect(await messageFor(CreateUserDto, { email: 'a@example.org', role: 'reviewer' })).toBe('password is required');
    expect(await messageFor(CreateApiKeyDto, {})).toBe('name is required');
  });

  it('keeps the specific message for a present but wrong value, and the one-of rule', async () => {
    expect(await messageFor(LoginDto, { email: 'a@example.org', password: 'x'.repeat(300) })).toMatch(/password must be shorter/);
    expect(await messageFor(SubmitArticleDto, {})).toMatch(/one of text or html is required/);
  });
});

describe('query numbers PostgreSQL cannot hold', () => {
  // 1e20 is a whole number to JavaScript and overflowed the integer column: a 500, not a 400.
  it('refuses an offset or revision past a 32-bit integer with 400, and takes the largest one', async () => {
    for (const metatype of [PaginationQuery, ClaimPageQuery, ArticleQuery]) {
      expect(await queryMessageFor(metatype, { offset: '99999999999999999999' })).toBe('offset must not be greater than 2147483647');
      expect(await queryMessageFor(metatype, { offset: '2147483648' })).toBe('offset must not be greater than 2147483647');
      expect(await queryMessageFor(metatype, { offset: '2147483647' })).toBe('valid');
    }
    expect(await queryMessageFor(ArticleQuery, { revision: '99999999999999999999' })).toBe('revision must not be greater than 2147483647');
  });
});

describe('null where a PATCH field may only be left out', () => {
  // null skipped every rule and reached a NOT NULL column: a 500 for PATCH /v1/outlets/:id {"name": null}.
  it('refuses null for the outlet fields that cannot be empty, and still clears the country', async () => {
    for (const field of ['name', 'slug', 'type', 'aliases', 'abbreviations', 'domains']) {
      expect(await messageFor(UpdateOutletDto, { [field]: null })).toMatch(new RegExp(`\\b${field} must `));
    }
    expect(await messageFor(UpdateOutletDto, { country: null })).toBe('valid');
    expect(await messageFor(UpdateOutletDto, { name: 'Renamed' })).toBe('valid');
    expect(await messageFor(CreateOutletDto, { slug: 'x', name: 'X', type: 'newspaper', aliases: null })).toMatch(/\baliases must /);
  });

  it('refuses null for a webhook endpoint\'s url, events and enabled, and still clears its description', async () => {
    for (const field of ['url', 'events', 'enabled']) {
      expect(await messageFor(UpdateWebhookDto, { [field]: null })).toMatch(new RegExp(`\\b${field} must `));
    }
    expect(await messageFor(UpdateWebhookDto, { description: null })).toBe('valid');
  });
});

describe('dates PostgreSQL cannot store', () => {
  // JavaScript dates reach 271,821 BC; PostgreSQL's start at 4713 BC and its parser takes
  // no "+010000" or year 0 in the ISO form the feed sent it: each was a 500.
  it('refuses a date outside the years 1 to 9999 with 400, and takes the years at either end', async () => {
    for (const since of ['-271821-04-20T00:00:00Z', '-004714-01-01T00:00:00Z', '0000-01-01T00:00:00Z', '+010000-01-01T00:00:00Z']) {
      expect(await messageFor(ReplayDto, { since })).toBe('since must be between 0001-01-01 and 9999-12-31');
      expect(await queryMessageFor(ListDeliveriesQuery, { since })).toBe('since must be between 0001-01-01 and 9999-12-31');
      expect(await queryMessageFor(ListDeliveriesQuery, { until: since })).toBe('until must be between 0001-01-01 and 9999-12-31');
      expect(await queryMessageFor(ClaimReviewFeedQuery, { since })).toBe('since must be between 0001-01-01 and 9999-12-31');
    }
    expect(await messageFor(ReplayDto, { since: '0001-01-01T00:00:00Z' })).toBe('valid');
    expect(await queryMessageFor(ClaimReviewFeedQuery, { since: '9999-12-31T23:59:59.999Z' })).toBe('valid');
  });
});

describe('a dismissal without a reason', () => {
  // {"reason": ""} dismissed the claim with an empty reason in its history: the field was required in name only.
  it('refuses an empty or blank reason and a null one, naming the field', async () => {
    expect(await messageFor(DismissClaimDto, {})).toBe('reason is required');
    expect(await messageFor(DismissClaimDto, { reason: '' })).toBe('reason must not be empty');
    expect(await messageFor(DismissClaimDto, { reason: '  \n ' })).toBe('reason must not be empty');
    // Zero-width spaces and joiners say nothing either: the claim's history would show no reason.
    expect(await messageFor(DismissClaimDto, { reason: '\u200b\u200d\u2060' })).toBe('reason must not be empty');
    // The Hangul fillers and the blank Braille pattern are drawn as nothing too: the history showed an empty reason.
    expect(await messageFor(DismissClaimDto, { reason: '\u3164' })).toBe('reason must not be empty');
    expect(await messageFor(DismissClaimDto, { reason: '\u2800\uffa0\u115f' })).toBe('reason must not be empty');
    expect(await messageFor(DismissClaimDto, { reason: null })).toBe('reason must not be null');
    expect(await messageFor(DismissClaimDto, { reason: 'Opinion, not a checkable claim' })).toBe('valid');
  });
});

describe('blank outlet names', () => {
  // "   " passed Length(1, 200): an outlet named by spaces reached the registry the engine reads.
  it('refuses a name, alias or abbreviation that is only spaces', async () => {
    const outlet = { slug: 'blank', name: 'Blank', type: 'other' };
    expect(await messageFor(CreateOutletDto, { ...outlet, name: '   ' })).toBe('name must not be blank');
    expect(await messageFor(CreateOutletDto, { ...outlet, aliases: ['Ok', '  '] })).toBe('each alias must not be blank');
    expect(await messageFor(CreateOutletDto, { ...outlet, abbreviations: [' '] })).toBe('each abbreviation must not be blank');
    expect(await messageFor(UpdateOutletDto, { name: ' \t ' })).toBe('name must not be blank');
    expect(await messageFor(CreateOutletDto, { ...outlet, aliases: ['The Blank'], abbreviations: ['BLK'] })).toBe('valid');
  });
});

describe('names shown in lists and matched in text', () => {
  // "Ctrl\nNews\t\u001b", a name of zero-width spaces and one reversed by U+202E were stored as sent.
  const outlet = { slug: 'names', name: 'Names', type: 'other' };
  const oneLine = 'must be one line of text, without control characters (line breaks, tabs, escapes) or direction overrides';

  it('refuses control characters and direction overrides in outlet names, aliases, abbreviations and API key names', async () => {
    expect(await messageFor(CreateOutletDto, { ...outlet, name: 'Ctrl\nNews' })).toBe(`name ${oneLine}`);
    expect(await messageFor(CreateOutletDto, { ...outlet, aliases: ['Ok', 'Esc\u001b[31m'] })).toBe(`each alias ${oneLine}`);
    expect(await messageFor(CreateOutletDto, { ...outlet, abbreviations: ['\u202eCBA'] })).toBe(`each abbreviation ${oneLine}`);
    expect(await messageFor(UpdateOutletDto, { name: 'Tab\tNews' })).toBe(`name ${oneLine}`);
    expect(await messageFor(CreateApiKeyDto, { name: 'cms\u0007' })).toBe(`name ${oneLine}`);
    expect(await messageFor(ProposeOutletDto, { name: 'Next\u0085Line' })).toBe(`name ${oneLine}`);
  });

  it('refuses a word mixing look-alike scripts in a name, and takes two scripts side by side', async () => {
    const mixed = (named: string, word: string) => `${named} mixes letters of Latin and Cyrillic in one word ("${word}"), which makes it look like another name`;
    expect(await messageFor(CreateOutletDto, { ...outlet, name: 'R\u0435uters' })).toBe(mixed('name', 'R\u0435uters'));
    expect(await messageFor(CreateOutletDto, { ...outlet, aliases: ['Reuters', 'The R\u0435uters agency'] })).toBe(mixed('each alias', 'R\u0435uters'));
    expect(await messageFor(ProposeOutletDto, { name: 'T\u0430ss' })).toBe(mixed('name', 'T\u0430ss'));
    expect(await messageFor(CreateOutletDto, { ...outlet, name: '\u0420\u0430\u0434\u0438\u043e \u0421\u0432\u043e\u0431\u043e\u0434\u0430 / Radio Liberty' })).toBe('valid');
    expect(await messageFor(CreateOutletDto, { ...outlet, name: 'Caf\u00e9 Babel' })).toBe('valid');
  });

  // "Reu\u00adters" (a soft hyphen), "Reu\u200bters" and "Reuters\u2060" were stored: each listed exactly like Reuters,
  // beside it in the registry, a reviewer's proposals and the chain editor's type-ahead, and matched nothing.
  it('refuses an invisible character inside a name, naming its code point', async () => {
    const invisible = (named: string, code: string) =>
      `${named} holds an invisible character (${code}: a soft hyphen, a zero-width space ...), which makes it look like another name`;
    expect(await messageFor(CreateOutletDto, { ...outlet, name: 'Reu\u00adters' })).toBe(invisible('name', 'U+00AD'));
    expect(await messageFor(CreateOutletDto, { ...outlet, aliases: ['Reuters News', 'Reu\u200bters'] })).toBe(invisible('each alias', 'U+200B'));
    expect(await messageFor(CreateOutletDto, { ...outlet, abbreviations: ['A\u2060FP'] })).toBe(invisible('each abbreviation', 'U+2060'));
    expect(await messageFor(UpdateOutletDto, { name: '\ufeffReuters' })).toBe(invisible('name', 'U+FEFF'));
    expect(await messageFor(ProposeOutletDto, { name: 'Associated\u3164Press' })).toBe(invisible('name', 'U+3164'));
    expect(await messageFor(CreateApiKeyDto, { name: 'cms\u180e' })).toBe(invisible('name', 'U+180E'));
    expect(await messageFor(CreateOutletDto, { ...outlet, name: 'Reuters\u2800' })).toBe(invisible('name', 'U+2800'));
    // The joiners a Persian name needs, and a right-to-left mark, are no such character.
    expect(await messageFor(CreateOutletDto, { ...outlet, name: 'روزنامه\u200cی ایران\u200f' })).toBe('valid');
  });

  it('refuses an outlet domain with an invisible character in it', async () => {
    for (const domain of ['exa\u200bmple.com', 'example\u2060.com', '\ufeffexample.com', 'exa\u00a0mple.com']) {
      expect(await messageFor(CreateOutletDto, { ...outlet, domains: ['wsj.com', domain] })).toBe(
        'each of domains must be a domain name without invisible characters',
      );
    }
    expect(await messageFor(UpdateOutletDto, { domains: ['bücher.de', 'xn--bcher-kva.de', 'wsj.com'] })).toBe('valid');
  });

  it('refuses names with nothing visible in them', async () => {
    expect(await messageFor(CreateOutletDto, { ...outlet, name: '\u200b\u200b' })).toBe('name must not be blank');
    expect(await messageFor(CreateOutletDto, { ...outlet, aliases: ['\u2060\u00a0'] })).toBe('each alias must not be blank');
    expect(await messageFor(CreateApiKeyDto, { name: '\u200b' })).toBe('name must not be blank');
    expect(await messageFor(CreateApiKeyDto, { name: '\u2800' })).toBe('name must not be blank');
  });

  it('takes names in any script, right-to-left marks included', async () => {
    for (const name of ['Українська правда', 'هيئة الإذاعة\u200f', 'הארץ', 'Le Monde diplomatique', '朝日新聞', 'Café Müller']) {
      expect(await messageFor(CreateOutletDto, { ...outlet, name })).toBe('valid');
      expect(await messageFor(CreateApiKeyDto, { name })).toBe('valid');
    }
  });
});

describe('dates that are not ISO 8601', () => {
  // new Date() read each of these: "1" as 2001-01-01, 0 as 1970, a Unix time in seconds as January 1970,
  // English and space-separated dates in the server's time zone; a replay then went back years.
  it('refuses a bare number, a Unix time and a non-ISO date in since and until with 400', async () => {
    for (const since of ['1', '0', 0, 1764374400, '1764374400', 'November 5, 2026', 'Tue, 03 Nov 2026 10:00:00 GMT', '2026-11-29 10:00', '2024-W01', '2026-001', '2024-02-30', '2023-02-29T00:00:00Z']) {
      expect(await messageFor(ReplayDto, { since })).toBe('since must be an ISO 8601 date-time');
      expect(await queryMessageFor(ListDeliveriesQuery, { since })).toBe('since must be an ISO 8601 date-time');
      expect(await queryMessageFor(ListDeliveriesQuery, { until: since })).toBe('until must be an ISO 8601 date-time');
      expect(await queryMessageFor(ClaimReviewFeedQuery, { since })).toBe('since must be an ISO 8601 date-time');
    }
  });

  it('takes a date, a date-time in UTC and one with an offset', async () => {
    for (const since of ['2026-11-01', '2024-02-29', '2026-11-29T10:00:00Z', '2026-11-29T10:00:00.123+02:00']) {
      expect(await messageFor(ReplayDto, { since })).toBe('valid');
      expect(await queryMessageFor(ClaimReviewFeedQuery, { since })).toBe('valid');
    }
    const query = (await createValidationPipe().transform({ since: '2026-11-29T10:00:00+02:00' }, { type: 'query', metatype: ListDeliveriesQuery })) as ListDeliveriesQuery;
    expect(query.since).toEqual(new Date('2026-11-29T08:00:00Z'));
  });

  it('reads a positive offset whose "+" the query string decoded as a space', async () => {
    const query = (await createValidationPipe().transform({ since: '2026-11-29T10:00:00 02:00', until: '2026-11-29T11:00:00.5 02:00' }, { type: 'query', metatype: ListDeliveriesQuery })) as ListDeliveriesQuery;
    expect([query.since, query.until]).toEqual([new Date('2026-11-29T08:00:00Z'), new Date('2026-11-29T09:00:00.5Z')]);
    expect(await queryMessageFor(ClaimReviewFeedQuery, { since: '2026-11-29 10:00 02:00' })).toBe('since must be an ISO 8601 date-time');
  });

  it('reads a date-time without an offset as UTC, not in the server’s time zone', () => {
    // Jest's process.env is its own copy: the time zone is the child process's.
    const script = [
      "import 'reflect-metadata';",
      "import { plainToInstance } from 'class-transformer';",
      "const { ListDeliveriesQuery } = await import('./src/webhooks/dto/webhook-delivery.dto.ts');",
      "const q = plainToInstance(ListDeliveriesQuery, { since: '2026-11-29T10:00:00', until: '2026-11-29T10:00:00.5' });",
      'console.log(JSON.stringify([q.since, q.until]));',
    ].join('\n');
    const run = spawnSync(
      process.execPath,
      ['--disable-warning=DEP0205', '--import', '@swc-node/register/esm-register', '--input-type=module', '-e', script],
      { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', TZ: 'America/New_York' } },
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(['2026-11-29T10:00:00.000Z', '2026-11-29T10:00:00.500Z']);
  });
});

describe('ISO 8601 dates JavaScript cannot read', () => {
  // The basic ("20240101") and week ("2024-W01") forms passed IsISO8601 and became an Invalid Date: a 500.
  it('refuses them in the accuracy period with 400, and takes the documented forms', async () => {
    expect(await queryMessageFor(AccuracyQuery, { from: '20240101' })).toMatch(/^from must be an ISO 8601 date/);
    expect(await queryMessageFor(AccuracyQuery, { to: '2024-W01' })).toMatch(/^to must be an ISO 8601 date/);
    expect(await queryMessageFor(AccuracyQuery, { to: '20261201T000000Z' })).toMatch(/^to must be an ISO 8601 date/);
    expect(await queryMessageFor(AccuracyQuery, { from: '2026-11-01', to: '2026-12-01T00:00:00Z' })).toBe('valid');
  });

  // validator.js's strict check rebuilt "0001-01-01" as "1-01-01", which JavaScript reads as 2001: "not an ISO 8601 date".
  it('takes the accuracy period’s years below 1000 as written, and names the range for a year outside it', async () => {
    const pipe = createValidationPipe();
    const query = (await pipe.transform({ from: '0001-01-01', to: '0099-12-31T12:00:00Z' }, { type: 'query', metatype: AccuracyQuery })) as AccuracyQuery;
    expect([query.from, query.to]).toEqual([new Date('0001-01-01T00:00:00Z'), new Date('0099-12-31T12:00:00Z')]);
    expect(await queryMessageFor(AccuracyQuery, { from: '0999-02-28' })).toBe('valid');
    expect(await queryMessageFor(AccuracyQuery, { from: '0000-12-31' })).toBe('from must be between 0001-01-01 and 9999-12-31');
    expect(await queryMessageFor(AccuracyQuery, { to: '+010000-01-01T00:00:00Z' })).toBe('to must be between 0001-01-01 and 9999-12-31');
    expect(await queryMessageFor(AccuracyQuery, { from: '0001-02-29' })).toMatch(/^from must be an ISO 8601 date/);
  });
});

describe('a list where an object belongs', () => {
  // class-validator's ValidateNested passes a list in an object's place: evidence [[{url}]] was
  // stored as a piece of evidence without a URL, a cue [{start, end}] was saved as no cue.
  it('is refused for evidence, the sources of a corrected chain and the cue of a source', async () => {
    const grade = { stage: 'source_check', attributionVerdict: 'confirmed' };
    expect(await messageFor(SubmitReviewDto, { ...grade, evidence: [[{ url: 'https://example.org/a' }]] })).toBe(
      'evidence must be an array of {url, quote?, archivedUrl?}',
    );
    expect(await messageFor(SubmitReviewDto, { ...grade, evidence: ['https://example.org/a'] })).toBe('evidence must be an array of {url, quote?, archivedUrl?}');
    expect(await messageFor(SubmitReviewDto, { ...grade, evidence: [{ url: 'https://example.org/a' }] })).toBe('valid');
    expect(await messageFor(CorrectSourcesDto, { anonymous: false, sources: [[{ role: 'original', name: 'Reuters' }]] })).toBe(
      'sources must be an array of {role, outletId | name, cue?}',
    );
    const source = { role: 'original', name: 'Reuters' };
    expect(await messageFor(CorrectSourcesDto, { anonymous: false, sources: [{ ...source, cue: [{ start: 0, end: 3 }] }] })).toBe('sources[0].cue must be an object {start, end}');
    expect(await messageFor(CorrectSourcesDto, { anonymous: false, sources: [{ ...source, cue: { start: 0, end: 3 } }] })).toBe('valid');
  });
});

describe('an address with a backslash', () => {
  // Browsers read "http://example.com\\@evil.example" as a path on example.com, other URL
  // parsers as the host evil.example: the evidence a reviewer checked could lead elsewhere.
  it('is refused for evidence and its archived copy, naming the field', async () => {
    const grade = { stage: 'source_check', attributionVerdict: 'confirmed' };
    expect(await messageFor(SubmitReviewDto, { ...grade, evidence: [{ url: 'http://example.com\\@evil.example' }] })).toMatch(
      /^evidence\[0\]\.url must not contain a backslash/,
    );
    expect(
      await messageFor(SubmitReviewDto, { ...grade, evidence: [{ url: 'https://example.com/a', archivedUrl: 'https://web.archive.org/web/2024/https:\\\\example.com/a' }] }),
    ).toMatch(/archivedUrl must not contain a backslash/);
    expect(await messageFor(SubmitReviewDto, { ...grade, evidence: [{ url: 'https://example.com/a%5Cb' }] })).toBe('valid');
  });
});

describe('a password being set', () => {
  // Twelve spaces or twelve times one letter met the length rule and were guessed at once.
  it('is refused when it repeats too few characters, for a new account, a reset and a change alike', async () => {
    const account = { email: 'a@example.org', role: 'reviewer' };
    const repeated = /must use at least 5 different characters/;
    expect(await messageFor(CreateUserDto, { ...account, password: ' '.repeat(12) })).toMatch(/^password must use at least 5 different/);
    expect(await messageFor(CreateUserDto, { ...account, password: 'a'.repeat(16) })).toMatch(repeated);
    expect(await messageFor(SetPasswordDto, { password: 'ab'.repeat(8) })).toMatch(repeated);
    expect(await messageFor(ChangeOwnPasswordDto, { currentPassword: 'x', newPassword: '1234'.repeat(4) })).toMatch(/^newPassword must use at least 5/);
    expect(await messageFor(CreateUserDto, { ...account, password: 'checker-password-1' })).toBe('valid');
    expect(await messageFor(SetPasswordDto, { password: 'nope-nope-nope' })).toBe('valid');
  });

  // Passwords are hashed and compared after NFKC, where a fullwidth letter is the letter: "aａbｂcｃ" twice
  // counted six different characters and was stored as "aabbccaabbcc", three.
  it('counts its characters as sign-in reads them, a fullwidth letter as the letter', async () => {
    expect(await messageFor(SetPasswordDto, { password: 'a\uff41b\uff42c\uff43'.repeat(2) })).toMatch(/^password must use at least 5 different/);
    expect(await messageFor(SetPasswordDto, { password: 'a\uff41b\uff42c\uff43d\uff44e\uff45f\uff46' })).toBe('valid');
  });

  // Six accented letters typed with combining accents were twelve characters, and are stored and compared as six.
  it('counts its length as sign-in reads it, a letter and its combining accent as one', async () => {
    expect(await messageFor(SetPasswordDto, { password: 'a\u0301e\u0301i\u0301o\u0301u\u0301y\u0301' })).toBe(
      'password must be at least 12 characters (a letter and its accent count as one)',
    );
    expect(await messageFor(SetPasswordDto, { password: 'a\u0301e\u0301i\u0301o\u0301u\u0301y\u0301-plus-six' })).toBe('valid');
    expect(await messageFor(SetPasswordDto, { password: 'short' })).toBe('password must be at least 12 characters');
  });
});

describe('a whole number in a query', () => {
  // @Type(() => Number) read "0x10" as 16, "1e1" as 10 and an empty ?offset= as 0: values the
  // document's integer does not admit were answered as if they were.
  it('is decimal digits only', async () => {
    for (const limit of ['0x10', '1e1', '', ' 5', '5.0', '+5', '0b11']) {
      expect(await queryMessageFor(PaginationQuery, { limit })).toBe('limit must be an integer number');
      expect(await queryMessageFor(ClaimPageQuery, { offset: limit })).toBe('offset must be an integer number');
      expect(await queryMessageFor(ClaimReviewFeedQuery, { limit })).toBe('limit must be an integer number');
      // the inbox said "limit must be an integer", every other list "an integer number"
      expect(await queryMessageFor(QueuesQuery, { limit })).toBe('limit must be an integer number');
    }
    expect(await queryMessageFor(ArticleQuery, { revision: '0x2' })).toBe('revision must be a whole number');
    expect(await queryMessageFor(PaginationQuery, { limit: '16', offset: '0' })).toBe('valid');
    expect(await queryMessageFor(QueuesQuery, { limit: '0' })).toBe('valid');
    expect(await queryMessageFor(ArticleQuery, { revision: '2', limit: '1000', offset: '2147483647' })).toBe('valid');
  });
});

describe('a list that names something twice', () => {
  // class-validator's own message read "All events's elements must be unique".
  it('says what is named twice', async () => {
    const url = 'https://cms.example.org/hooks';
    expect(await messageFor(CreateWebhookDto, { url, events: ['claim.graded', 'claim.graded'] })).toBe('events must not name an event type twice');
    expect(await messageFor(UpdateWebhookDto, { events: ['claim.graded', 'claim.graded'] })).toBe('events must not name an event type twice');
    expect(await messageFor(CreateApiKeyDto, { name: 'cms', scopes: ['articles:read', 'articles:read'] })).toBe('scopes must not name a scope twice');
  });

  // Null passed as left out: a key asked for with scopes: null got the default three scopes, silently.
  it('refuses null for an API key\'s scopes and ownArticlesOnly', async () => {
    expect(await messageFor(CreateApiKeyDto, { name: 'cms', scopes: null, ownArticlesOnly: null })).toBe('scopes must not be null; ownArticlesOnly must not be null');
  });
});

describe('the path of a nested field', () => {
  // Paths were spelled three ways: "evidence.1.quote" (class-validator), "evidence.url" (a message that
  // named no item), "sources[0]" (the chain checks and the body checks); an unknown nested field had none.
  it('is one format: members after dots, list items in brackets', async () => {
    const grade = { stage: 'verdict', rating: 'true' };
    expect(await messageFor(SubmitReviewDto, { ...grade, evidence: [{ url: 'https://example.org/a' }, { url: 'nope', quote: 5 }] })).toBe(
      'evidence[1].url must be an absolute http(s) URL; evidence[1].quote must be a string',
    );
    expect(await messageFor(SubmitReviewDto, { ...grade, evidence: [{ url: 'https://example.org/a', archivedUrl: 'nope' }] })).toBe(
      'evidence[0].archivedUrl must be an absolute http(s) URL',
    );
    expect(await messageFor(CorrectSourcesDto, { anonymous: false, sources: [{ role: 'boss', name: 'Reuters', cue: { start: 'a', end: 2 } }] })).toBe(
      'sources[0].role must be one of: original, relay; sources[0].cue.start must be an integer number',
    );
  });

  it('names an unknown field where it is', async () => {
    expect(await messageFor(SubmitReviewDto, { stage: 'verdict', rating: 'true', evidence: [{ url: 'https://example.org/a', extra: 1 }] })).toBe(
      'property evidence[0].extra should not exist',
    );
    expect(await messageFor(CorrectSourcesDto, { anonymous: false, sources: [{ role: 'original', name: 'Reuters', cue: { start: 0, end: 2, extra: 1 } }] })).toBe(
      'property sources[0].cue.extra should not exist',
    );
    expect(await messageFor(LoginDto, { email: 'a@example.org', password: 'x', colour: 'red' })).toBe('property colour should not exist');
  });
});

describe('a string too long for its form', () => {
  // isURL gives up past 2,083 characters: a long but absolute URL was told it was not an absolute http(s) URL.
  it('is told it is too long, not that it is malformed', async () => {
    const url = `https://example.org/news?${'a'.repeat(3000)}`;
    expect(await messageFor(SubmitArticleDto, { text: 'x', url })).toBe('url must be shorter than or equal to 2048 characters');
    expect(await messageFor(SubmitReviewDto, { stage: 'verdict', rating: 'true', evidence: [{ url }] })).toBe(
      'evidence[0].url must be shorter than or equal to 2048 characters',
    );
    expect(await messageFor(SubmitArticleDto, { text: 'x', url: 'not a url' })).toMatch(/^url must be an absolute/);
  });
});

describe('article text and title', () => {
  // An article of zero-width spaces passed the whitespace check (trim() keeps them) and was analysed into nothing.
  it('must hold something visible, zero-width spaces not counting', async () => {
    expect(await messageFor(SubmitArticleDto, { text: '\u200b\u200b\u2060' })).toBe('text must not be empty or whitespace only');
    expect(await messageFor(SubmitArticleDto, { text: 'According to Reuters, it rained.', title: '\ufeff\u200b' })).toBe('title must not be empty or whitespace only');
    expect(await messageFor(SubmitArticleDto, { text: '\u3164\u3164\u3164' })).toBe('text must not be empty or whitespace only');
    expect(await messageFor(SubmitArticleDto, { text: 'According to Reuters, it rained.', title: '\u2800' })).toBe('title must not be empty or whitespace only');
    expect(await messageFor(SubmitArticleDto, { text: 'Kyiv\u200bPost said so.' })).toBe('valid');
  });
});

describe('free text: notes, quotes, reasons, descriptions', () => {
  // A note with a terminal escape or a BEL was stored and printed as sent, in the Markdown report too.
  const binary = 'contains control characters or invalid UTF-8 bytes; send text, not binary data';
  it('refuses binary control characters and takes line breaks and tabs', async () => {
    const grade = { stage: 'verdict', rating: 'true' };
    expect(await messageFor(SubmitReviewDto, { ...grade, note: 'fine\u001b[2J' })).toBe(`note ${binary}`);
    expect(await messageFor(SubmitReviewDto, { ...grade, evidence: [{ url: 'https://example.org/a', quote: 'q\u0007' }] })).toBe(`evidence[0].quote ${binary}`);
    expect(await messageFor(DismissClaimDto, { reason: 'opinion\u0000' })).toBe(`reason ${binary}`);
    expect(await messageFor(CorrectSourcesDto, { anonymous: true, sources: [], note: '\ufffd' })).toBe(`note ${binary}`);
    expect(await messageFor(CreateWebhookDto, { url: 'https://hooks.example.org/x', events: ['claim.published'], description: 'cms\u0008' })).toBe(`description ${binary}`);
    expect(await messageFor(UpdateWebhookDto, { description: 'cms\u001f' })).toBe(`description ${binary}`);
    expect(await messageFor(SubmitReviewDto, { ...grade, note: 'Line one\n\tline two\r\n' })).toBe('valid');
  });
});

// The OpenAPI document marks none of these nullable, so a validator of it refuses null; the service took null
// as left out, so a client checked against the document and one that was not disagreed on the same request.
describe('null where the document does not allow it', () => {
  it('refuses null for the optional fields of a grade, an article, a webhook, a proposal and a correction, naming each', async () => {
    const grade = { stage: 'verdict', rating: 'true', note: null, returnTo: null, evidence: [{ url: 'https://example.org/a', quote: null, archivedUrl: null }] };
    expect(await messageFor(SubmitReviewDto, grade)).toBe(
      'returnTo must not be null; evidence[0].quote must not be null; evidence[0].archivedUrl must not be null; note must not be null',
    );
    const article = { text: 'A text.', title: null, url: null, externalId: null, publishedAt: null };
    expect(await messageFor(SubmitArticleDto, article)).toBe(
      'title must not be null; url must not be null; externalId must not be null; publishedAt must not be null',
    );
    expect(await messageFor(SubmitReviewDto, { stage: 'verdict', attributionVerdict: null, rating: null, decision: null, evidence: null })).toBe(
      'attributionVerdict must not be null; rating must not be null; decision must not be null; evidence must not be null',
    );
    expect(await messageFor(ReviseArticleDto, { text: 'A text.', title: null })).toBe('title must not be null');
    expect(await messageFor(CreateWebhookDto, { url: 'https://example.org/hook', events: ['claim.graded'], description: null })).toBe('description must not be null');
    expect(await messageFor(ProposeOutletDto, { name: 'IA Fact', claimId: null })).toBe('claimId must not be null');
    expect(await messageFor(RejectProposalDto, { name: 'IA Fact', note: null })).toBe('note must not be null');
    expect(await messageFor(CorrectSourcesDto, { sources: [], anonymous: true, note: null })).toBe('note must not be null');
    // Update's description is documented nullable: null clears it.
    expect(await messageFor(UpdateWebhookDto, { description: null })).toBe('valid');
  });
});
