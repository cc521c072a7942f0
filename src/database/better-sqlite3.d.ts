// The few calls of better-sqlite3 (TypeORM's SQLite driver) that the backup uses; the package ships no types.
declare module 'better-sqlite3' {
  interface Statement {
    get(...params: unknown[]): unknown;
    all(...params: unknown[]): unknown[];
  }
  interface Database {
    prepare(sql: string): Statement;
    pragma(sql: string, options?: { simple?: boolean }): unknown;
    backup(destination: string): Promise<{ totalPages: number; remainingPages: number }>;
    close(): void;
  }
  interface DatabaseConstructor {
    new (file: string, options?: { readonly?: boolean; fileMustExist?: boolean }): Database;
  }
  const Database: DatabaseConstructor;
  export default Database;
}
