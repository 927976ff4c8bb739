import { jest } from '@jest/globals';
import { databaseOptions } from './database-options.js';
import { oneLineSql, TypeOrmLogger } from './typeorm-logger.js';

describe('databaseOptions', () => {
  it('sets statement and idle-in-transaction timeouts on every pooled session', () => {
    const { extra } = databaseOptions('postgres://x@h/db', 5, { statementTimeoutMs: 1234, idleInTransactionTimeoutMs: 5678 }) as {
      extra: Record<string, unknown>;
    };
    expect(extra).toMatchObject({ max: 5, statement_timeout: 1234, idle_in_transaction_session_timeout: 5678 });
  });

  it("gives TypeORM's CLI (and the migration script) the configured session timeouts, not the defaults", async () => {
    // A migration longer than 30 s was cancelled by the default statement_timeout whatever the operator set.
    process.env['DATABASE_STATEMENT_TIMEOUT_MS'] = '3600000';
    process.env['DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS'] = '7200000';
    try {
      const { default: dataSource } = await import('./data-source.js');
      expect(dataSource.options).toMatchObject({ extra: { max: 2, statement_timeout: 3_600_000, idle_in_transaction_session_timeout: 7_200_000 } });
    } finally {
      delete process.env['DATABASE_STATEMENT_TIMEOUT_MS'];
      delete process.env['DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS'];
    }
  });

  it('logs through the application logger, not TypeORM console output', () => {
    expect(databaseOptions('postgres://x@h/db').logger).toBeInstanceOf(TypeOrmLogger);
  });
});

describe('TypeOrmLogger', () => {
  it('logs a failed statement on one line, without its parameters', () => {
    const warn = jest.fn();
    const logger = new TypeOrmLogger({ warn, log: jest.fn() } as never);
    const error = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' });
    logger.logQueryError(error, 'INSERT INTO reviews (note)\n   VALUES ($1)\n  RETURNING id', ['secret note \u0000']);
    expect(warn).toHaveBeenCalledTimes(1);
    const [fields, message] = warn.mock.calls[0];
    expect(fields).toEqual({ sql: 'INSERT INTO reviews (note) VALUES ($1) RETURNING id', code: '22021' });
    expect(message).toBe('query failed: invalid byte sequence for encoding "UTF8": 0x00');
    expect(JSON.stringify(warn.mock.calls)).not.toContain('secret note');
  });

  it('shortens very long statements', () => {
    expect(oneLineSql('SELECT ' + 'x, '.repeat(1000)).length).toBeLessThanOrEqual(503);
  });
});
