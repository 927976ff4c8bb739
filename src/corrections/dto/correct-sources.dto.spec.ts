import { BadRequestException } from '@nestjs/common';
import { createValidationPipe } from '../../common/validation.pipe.js';
import { CorrectSourcesDto } from './correct-sources.dto.js';

async function validated(name: string): Promise<CorrectSourcesDto | string> {
  try {
    return (await createValidationPipe().transform(
      { sources: [{ role: 'original', name }], anonymous: false },
      { type: 'body', metatype: CorrectSourcesDto },
    )) as CorrectSourcesDto;
  } catch (error) {
    return ((error as BadRequestException).getResponse() as { message: string }).message;
  }
}

describe('CorrectSourcesDto: a source named by hand', () => {
  it('takes a name, and a name selected across a line break as one line', async () => {
    expect(await validated('IA Fact')).toMatchObject({ sources: [{ name: 'IA Fact' }] });
    expect(await validated('The Daily\nPlanet')).toMatchObject({ sources: [{ name: 'The Daily Planet' }] });
    expect(await validated('The Daily \r\n\t Planet')).toMatchObject({ sources: [{ name: 'The Daily Planet' }] });
  });

  // These were stored and shown to later reviewers, approvers and the registry queue as sent.
  it.each([
    ['a direction override', '\u202eLATIGID'],
    ['a terminal escape', '\u001b[31mReuters'],
    ['a BEL', 'Reuters\u0007'],
    ['a C1 control', 'Reuters\u0085'],
  ])('refuses %s', async (_what, name) => {
    expect(await validated(name)).toMatch(/name must be one line of text, without control characters/);
  });

  it('refuses a name of invisible characters only', async () => {
    expect(await validated('\u200b\u200b')).toMatch(/name must not be blank/);
  });
});
