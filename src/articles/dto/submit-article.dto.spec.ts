import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { SubmitArticleDto } from './submit-article.dto.js';

async function problems(body: object): Promise<string[]> {
  const errors = await validate(plainToInstance(SubmitArticleDto, body), { whitelist: true, forbidNonWhitelisted: true });
  return errors.flatMap((e) => Object.values(e.constraints ?? {}));
}

describe('SubmitArticleDto', () => {
  it('accepts text or html with the optional fields', async () => {
    await expect(problems({ text: 'Reuters said so.' })).resolves.toEqual([]);
    await expect(
      problems({
        html: '<p>AP said so.</p>',
        title: 'A title',
        url: 'https://example.org/a',
        externalId: 'cms-1',
        publishedAt: '2024-11-05T08:30:00Z',
      }),
    ).resolves.toEqual([]);
    await expect(problems({ text: 'x', publishedAt: '2024-11-05' })).resolves.toEqual([]);
  });

  it.each([
    [{}, /one of text or html is required/],
    [{ text: 'a', html: '<p>a</p>' }, /either text or html, not both/],
    [{ text: '   ' }, /must not be empty/],
    [{ text: 'a\u0001b' }, /control characters/],
    [{ text: 'bad \uFFFD bytes' }, /invalid UTF-8/],
    [{ text: 'a', url: 'ftp://example.org/x' }, /absolute http\(s\) URL/],
    [{ text: 'a', publishedAt: 'yesterday' }, /ISO 8601/],
    [{ text: 'a', publishedAt: '2024-02-30' }, /ISO 8601/],
    // ISO 8601 forms that the service's new Date() cannot read: stored as "0NaN-NaN-..." they were a 500.
    [{ text: 'a', publishedAt: '20240101' }, /ISO 8601/],
    [{ text: 'a', publishedAt: '2024-W01' }, /ISO 8601/],
    [{ text: 'a', publishedAt: '2024-032' }, /ISO 8601/],
    [{ text: 'a', publishedAt: '2024-01-01T00Z' }, /ISO 8601/],
    [{ text: 'a', externalId: '' }, /externalId/],
    // An id is shown and matched: a tab or a direction override hid which id it was.
    [{ text: 'a', externalId: 'cms\t4711' }, /externalId must be one line of text/],
    [{ text: 'a', externalId: 'cms-\u202e1174' }, /externalId must be one line of text/],
    // Read as example.org by a browser, as evil.example by other URL parsers.
    [{ text: 'a', url: 'https://example.org\\@evil.example/' }, /url must not contain a backslash/],
  ])('rejects %j', async (body, message) => {
    const found = await problems(body);
    expect(found.join('; ')).toMatch(message);
  });
});
