import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { Role } from '../auth/role.js';
import { PasswordHasher } from './password-hasher.js';
import { User } from './user.entity.js';
import { normalizeEmail } from './normalize-email.js';

export type BootstrapOutcome = 'not-configured' | 'admin-exists' | 'email-taken' | 'created';

// Serialises concurrent start-ups (API and worker, or several replicas) so
// exactly one of them creates the first admin.
const LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtext('claimtrail:bootstrap-admin'))`;

/** Creates the first admin from BOOTSTRAP_ADMIN_* when there is no active admin yet. */
@Injectable()
export class BootstrapAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger(BootstrapAdminService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureAdmin(this.config.auth.bootstrapAdmin);
  }

  async ensureAdmin(credentials?: { email: string; password: string }): Promise<BootstrapOutcome> {
    if (!credentials) return 'not-configured';
    if (await this.activeAdminExists()) {
      // Said because a changed BOOTSTRAP_ADMIN_PASSWORD (a new .env over an old database) is otherwise a puzzling 401.
      this.logger.log(
        'An active admin exists: BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD are not applied ' +
          '(they only create the first admin; its password is the one it was created with)',
      );
      return 'admin-exists';
    }

    // Hash outside the transaction: it is the slow part and needs no lock.
    const email = normalizeEmail(credentials.email);
    const passwordHash = await this.hasher.hash(credentials.password);
    const outcome = await this.dataSource.transaction(async (manager): Promise<BootstrapOutcome> => {
      await manager.query(LOCK_SQL);
      if (await manager.countBy(User, { role: Role.Admin, active: true })) return 'admin-exists';
      if (await manager.existsBy(User, { email })) return 'email-taken';
      await manager.insert(User, { email, passwordHash, role: Role.Admin, active: true });
      return 'created';
    });

    if (outcome === 'created') this.logger.log(`Created the bootstrap admin ${email}`);
    if (outcome === 'email-taken') {
      // Never silently promote or reset someone else's account.
      this.logger.warn(`No active admin, but BOOTSTRAP_ADMIN_EMAIL ${email} belongs to an existing account; left unchanged`);
    }
    return outcome;
  }

  private async activeAdminExists(): Promise<boolean> {
    return (await this.dataSource.getRepository(User).countBy({ role: Role.Admin, active: true })) > 0;
  }
}
