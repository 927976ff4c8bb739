import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type EntityManager } from 'typeorm';
import type { Role } from '../auth/role.js';
import { TtlCache } from '../auth/ttl-cache.js';
import { DomainEventsRepository } from '../events/domain-events.repository.js';
import { DomainEvent } from '../events/domain-events.js';
import { normalizeEmail } from './normalize-email.js';
import { PasswordHasher } from './password-hasher.js';
import { User } from './user.entity.js';

export interface AuthUser {
  id: string;
  role: Role;
  sessionEpoch: number;
}

// The guard checks the user row on every request so deactivation takes effect
// at once; this short cache spares the database. Deactivation clears it in this
// process; other API processes notice within this many milliseconds.
export const AUTH_USER_CACHE_MS = 5_000;

@Injectable()
export class UsersService {
  private readonly authCache = new TtlCache<string, AuthUser | null>(AUTH_USER_CACHE_MS);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly events: DomainEventsRepository,
  ) {}

  /** `actorId`: the admin creating the account. */
  async create(input: { email: string; password: string; role: Role }, actorId: string | null = null): Promise<User> {
    const passwordHash = await this.hasher.hash(input.password);
    const id = await this.users.manager.transaction(async (manager) => {
      // ON CONFLICT DO NOTHING rather than catching the unique violation: a failed
      // INSERT is logged by TypeORM with its parameters, the password hash included.
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(User)
        .values({ email: normalizeEmail(input.email), passwordHash, role: input.role, active: true })
        .orIgnore()
        .returning(['id'])
        .execute();
      const created = (result.raw as Array<{ id: string }>)[0]?.id;
      if (created) await this.events.append(manager, DomainEvent.UserCreated, { userId: created, role: input.role, actorId });
      return created;
    });
    if (!id) throw new ConflictException('A user with this email already exists');
    return this.users.findOneByOrFail({ id });
  }

  async list(page: { limit: number; offset: number }): Promise<{ items: User[]; total: number }> {
    const [items, total] = await this.users.findAndCount({
      order: { createdAt: 'ASC', id: 'ASC' },
      take: page.limit,
      skip: page.offset,
    });
    return { items, total };
  }

  findByEmail(email: string): Promise<User | null> {
    // lower(email) so the lookup uses the unique index users_email_lower_uq.
    return this.withPasswordHash().where('lower(user.email) = :email', { email: normalizeEmail(email) }).getOne();
  }

  /** The account with its password hash, for checking a password its owner gives. */
  async findByIdWithPasswordHash(id: string): Promise<User | null> {
    return isUuid(id) ? this.withPasswordHash().where('user.id = :id', { id }).getOne() : null;
  }

  private withPasswordHash() {
    return this.users.createQueryBuilder('user').addSelect('user.passwordHash');
  }

  async findById(id: string): Promise<User | null> {
    return isUuid(id) ? this.users.findOneBy({ id }) : null;
  }

  /** The active user behind a token, or null; cached for AUTH_USER_CACHE_MS. */
  async findActiveForAuth(id: string): Promise<AuthUser | null> {
    const cached = this.authCache.get(id);
    if (cached !== undefined) return cached;
    // A non-UUID `sub` would make PostgreSQL raise; treat it as "no such user".
    const row = isUuid(id)
      ? await this.users.findOne({ where: { id }, select: { id: true, role: true, active: true, sessionEpoch: true } })
      : null;
    const user = row?.active ? { id: row.id, role: row.role, sessionEpoch: row.sessionEpoch } : null;
    this.authCache.set(id, user);
    return user;
  }

  /**
   * The active account a session token (claims `sub` and `ep`) speaks for.
   * The token's epoch must be the account's: deactivation moves the account
   * to the next one, so the sessions it had stay dead after a reactivation.
   * Tokens minted before epochs carry none and count as epoch 0.
   */
  async findSessionUser(sub: unknown, epoch: unknown): Promise<AuthUser | null> {
    const user = typeof sub === 'string' ? await this.findActiveForAuth(sub) : null;
    return user && user.sessionEpoch === (epoch ?? 0) ? user : null;
  }

  /**
   * Every active admin row is locked first, in one order, so two admins
   * deactivating or demoting each other at once run one after the other: the
   * second finds its own account no longer an active admin and is refused,
   * and the last active admin can never be deactivated or demoted.
   */
  async deactivate(id: string, actingUserId: string): Promise<User> {
    if (id === actingUserId) throw new ConflictException('You cannot deactivate your own account');
    return this.changeAccount(id, actingUserId, async (manager, target) => {
      if (!target.active) return;
      await manager.update(User, { id }, { active: false, sessionEpoch: () => 'session_epoch + 1' });
      await this.events.append(manager, DomainEvent.UserDeactivated, { userId: id, actorId: actingUserId });
    }, (target) => target.active);
  }

  /** The account may sign in again (its sessions from before the deactivation stay dead); an active one is left as it is. */
  async reactivate(id: string, actingUserId: string): Promise<User> {
    return this.changeAccount(id, actingUserId, async (manager, target) => {
      if (target.active) return;
      await manager.update(User, { id }, { active: true });
      await this.events.append(manager, DomainEvent.UserReactivated, { userId: id, actorId: actingUserId });
    }, () => false);
  }

  /**
   * A new password for `id`, by its owner or an admin (`actorId`). Every
   * session the account has ends (its session epoch moves on): whoever knew
   * the old password is signed out too. Returns the account as it now is.
   */
  async changePassword(id: string, password: string, actorId: string): Promise<User> {
    const passwordHash = await this.hasher.hash(password);
    const changed = await this.users.manager.transaction(async (manager) => {
      const result = await manager.update(User, { id }, { passwordHash, sessionEpoch: () => 'session_epoch + 1' });
      if (!result.affected) return false;
      await this.events.append(manager, DomainEvent.UserPasswordChanged, { userId: id, actorId });
      return true;
    });
    if (!changed) throw new NotFoundException('User not found');
    this.authCache.delete(id);
    return this.users.findOneByOrFail({ id });
  }

  /** Same locking as deactivate; a change to the role the user already has writes nothing. */
  async changeRole(id: string, role: Role, actingUserId: string): Promise<User> {
    if (id === actingUserId) throw new ConflictException('You cannot change your own role');
    return this.changeAccount(id, actingUserId, async (manager, target) => {
      if (target.role === role) return;
      await manager.update(User, { id }, { role });
      await this.events.append(manager, DomainEvent.UserRoleChanged, { userId: id, from: target.role, to: role, actorId: actingUserId });
    }, () => role !== 'admin');
  }

  /** `removesAdmin(target)`: whether the change takes an admin away (refused for the last active one). */
  private async changeAccount(
    id: string,
    actingUserId: string,
    change: (manager: EntityManager, target: User) => Promise<void>,
    removesAdmin: (target: User) => boolean,
  ): Promise<User> {
    const user = await this.users.manager.transaction(async (manager) => {
      const admins = await manager.query<Array<{ id: string }>>(
        `SELECT id FROM users WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`,
      );
      if (!admins.some((a) => a.id === actingUserId)) {
        throw new ForbiddenException('Your account is no longer an active admin');
      }
      const target = await manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!target) throw new NotFoundException('User not found');
      if (target.active && target.role === 'admin' && removesAdmin(target) && admins.length <= 1) {
        throw new ConflictException('This would leave no active admin');
      }
      await change(manager, target);
      return manager.findOneByOrFail(User, { id });
    });
    this.authCache.delete(id);
    return user;
  }
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
