import { Injectable, type OnModuleInit } from '@nestjs/common';
import { argon2id, hash, verify } from 'argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes) keeps a login around tens of
// milliseconds on a small machine while staying far out of reach of GPUs.
const OPTIONS = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * The same password typed on two keyboards can arrive as different code points
 * ("ö" precomposed, or "o" and a combining diaeresis, as macOS file names and
 * some input methods give it; a full-width "Ａ"): NFKC makes them one, as NIST
 * SP 800-63B asks of verifiers.
 */
function stabilised(password: string): string {
  return password.normalize('NFKC');
}

@Injectable()
export class PasswordHasher implements OnModuleInit {
  private dummyHash?: Promise<string>;

  // Computed at start-up so the first login for an unknown email is not the
  // one request that also pays for hashing (and so stands out by its timing).
  onModuleInit(): void {
    this.dummyHash ??= this.hash('claimtrail-dummy-password-for-timing');
  }

  hash(password: string): Promise<string> {
    return hash(stabilised(password), OPTIONS);
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    const normalised = stabilised(password);
    // Hashes made before passwords were normalised hold the text as it was typed.
    return (await this.verifyExactly(passwordHash, normalised)) || (normalised !== password && (await this.verifyExactly(passwordHash, password)));
  }

  private async verifyExactly(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      // A malformed stored hash must read as "wrong password", never as a 500.
      return false;
    }
  }

  /**
   * Spend the same time as a real check when the account does not exist, so
   * response timing does not reveal which e-mail addresses have accounts.
   */
  async verifyDummy(password: string): Promise<false> {
    this.dummyHash ??= this.hash('claimtrail-dummy-password-for-timing');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
