import type { Query } from 'typeorm/driver/Query';

/** Writes a migration class in the project's style from the schema builder's queries. */
export function renderMigration(className: string, up: Query[], down: Query[]): string {
  const lines = (queries: Query[]) =>
    queries
      .map((q) => {
        const params = q.parameters && q.parameters.length ? `, ${JSON.stringify(q.parameters)}` : '';
        return `    await queryRunner.query(${JSON.stringify(q.query)}${params});`;
      })
      .join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines([...down].reverse())}
  }
}
`;
}
