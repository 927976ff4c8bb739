import type { Role } from './role.js';

/** Who is calling: a signed-in person or a newsroom system's API key. */
export type Principal =
  | { kind: 'user'; userId: string; role: Role }
  | {
      kind: 'api-key';
      apiKeyId: string;
      name: string;
      scopes: readonly string[];
      /** Reads see only the articles this key submitted. */
      ownArticlesOnly: boolean;
    };

/** The guard stores the authenticated principal on the raw request under this key. */
export const PRINCIPAL_KEY = 'claimtrailPrincipal';

export type RequestWithPrincipal = { [PRINCIPAL_KEY]?: Principal };

export function principalOf(request: unknown): Principal | undefined {
  return (request as RequestWithPrincipal)[PRINCIPAL_KEY];
}
