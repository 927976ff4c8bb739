import type { NamedSource } from './attribute-sentence.js';

/**
 * The last person and organisation quoted in the article, so that "he said",
 * "the ministry added" and a bare surname ("Rutte said") resolve to a name.
 */
export class SpeakerMemory {
  private person: NamedSource | undefined;
  private organisation: NamedSource | undefined;
  private readonly surnames = new Map<string, NamedSource>();

  remember(source: NamedSource): void {
    if (source.state) return;
    if (source.type === 'person' || source.person) {
      this.person = source;
      const fullName = source.person ?? source.name;
      const surname = fullName.split(/\s+/).pop();
      if (surname && surname !== fullName) this.surnames.set(surname, source);
    }
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

  findBySurname(surname: string): NamedSource | undefined {
    return this.surnames.get(surname);
  }
}
