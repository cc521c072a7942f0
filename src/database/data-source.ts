import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';

/** For the TypeORM CLI: the same options the application uses, from the same DATABASE_URL. */
export default new DataSource(buildDataSourceOptions(loadConfig(process.env).database));
