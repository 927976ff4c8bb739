import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateOutletDto, UpdateOutletDto } from './outlet.dto.js';

async function countryErrors(dto: typeof CreateOutletDto | typeof UpdateOutletDto, country: unknown): Promise<string[]> {
  const body = { slug: 'kyiv-bugle', name: 'Kyiv Bugle', type: 'newspaper', country };
  const errors = await validate(plainToInstance(dto, body));
  return errors.filter((e) => e.property === 'country').flatMap((e) => Object.values(e.constraints ?? {}));
}

describe('an outlet country', () => {
  it.each(['US', 'GB', 'UA', 'KP', 'INT', 'XK'])('takes %s', async (code) => {
    expect(await countryErrors(CreateOutletDto, code)).toEqual([]);
  });

  // Two capitals that name no country: the outlet would match no country filter.
  it.each(['ZZ', 'UK', 'EU', 'QQ', 'us', 'USA', 'int', ''])('refuses %j, saying what it takes', async (code) => {
    const [message] = await countryErrors(CreateOutletDto, code);
    expect(message).toMatch(/^country must be an assigned ISO 3166-1 alpha-2 code .*GB for the United Kingdom.*XK for Kosovo.*INT/);
  });

  it('may be left out, or cleared with null on an edit', async () => {
    expect(await countryErrors(CreateOutletDto, undefined)).toEqual([]);
    expect(await countryErrors(UpdateOutletDto, null)).toEqual([]);
    expect(await countryErrors(UpdateOutletDto, 'ZZ')).toHaveLength(1);
  });
});
