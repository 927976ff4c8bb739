// The few parts of node-postgres used directly (TypeORM wraps the rest); pg ships no types.
declare module 'pg' {
  interface ClientConfig {
    connectionString?: string;
    connectionTimeoutMillis?: number;
  }
  class Client {
    constructor(config?: ClientConfig);
    connect(): Promise<void>;
    query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
    end(): Promise<void>;
  }
  function escapeIdentifier(name: string): string;
  const pg: { Client: typeof Client; escapeIdentifier: typeof escapeIdentifier };
  export default pg;
}
