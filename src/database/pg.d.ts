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
    on(event: 'notification', listener: (message: { channel: string; payload?: string }) => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
    on(event: 'end', listener: () => void): this;
  }
  function escapeIdentifier(name: string): string;
  const pg: { Client: typeof Client; escapeIdentifier: typeof escapeIdentifier };
  export default pg;
}
