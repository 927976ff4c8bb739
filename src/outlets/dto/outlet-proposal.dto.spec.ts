import { BadRequestException } from '@nestjs/common';
import { createValidationPipe } from '../../common/validation.pipe.js';
import { AcceptProposalDto } from './outlet-proposal.dto.js';

async function messageFor(proposedName: string): Promise<string> {
  try {
    await createValidationPipe().transform(
      { proposedName, slug: 'clean-name', name: 'Clean Name', type: 'newspaper' },
      { type: 'body', metatype: AcceptProposalDto },
    );
  } catch (error) {
    return ((error as BadRequestException).getResponse() as { message: string }).message;
  }
  return 'valid';
}

describe('AcceptProposalDto: the queued name, which becomes an alias', () => {
  it('takes a name', async () => {
    expect(await messageFor('IA Fact')).toBe('valid');
  });

  // Each was stored as an alias of the new outlet, which POST and PATCH /v1/outlets refuse.
  it.each([
    ['a line break', 'Evil\nName'],
    ['a terminal escape', 'Evil\u001b[2J'],
    ['a direction override', 'Evil\u202eName'],
  ])('refuses %s, as an alias is refused', async (_what, name) => {
    expect(await messageFor(name)).toMatch(/^proposedName must be one line of text/);
  });
});
