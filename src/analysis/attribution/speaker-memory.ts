import type { NamedSource } from './attribute-sentence.js';

/**
 * The last person and organisation quoted in the article, so that "he said"
 * and "the ministry added" resolve to a name.
 */
export class SpeakerMemory {
  private person: NamedSource | undefined;
  private organisation: NamedSource | undefined;

  remember(source: NamedSource): void {
    if (source.state) return;
    if (source.type === 'person' || source.person) this.person = source;
    if (source.type !== 'person') this.organisation = source;
  }

  lastPerson(inSentence?: NamedSource): NamedSource | undefined {
    if (inSentence && (inSentence.type === 'person' || inSentence.person)) return inSentence;
    return this.person;
  }

  lastOrganisation(inSentence?: NamedSource): NamedSource | undefined {
    if (inSentence && inSentence.type !== 'person') return inSentence;
    return this.organisation;
  }
}
