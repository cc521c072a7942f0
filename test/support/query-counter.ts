import type { DataSource } from 'typeorm';

/**
 * The SQL statements the application sends while `work` runs. Every query runner of both
 * drivers reports each statement to the data source's logger before running it, whatever the
 * logging level, so this sees them all. Nothing else may use the database meanwhile.
 */
export async function recordQueries<T>(dataSource: DataSource, work: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  const logger = dataSource.logger;
  const original = logger.logQuery;
  const queries: string[] = [];
  logger.logQuery = function (this: typeof logger, query, parameters, runner) {
    queries.push(query);
    return original.call(this, query, parameters, runner);
  };
  try {
    return { result: await work(), queries };
  } finally {
    logger.logQuery = original;
  }
}
