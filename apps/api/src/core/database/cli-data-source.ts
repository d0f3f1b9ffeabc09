import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** For the TypeORM CLI (migration:generate / migration:run). */
const url = process.env['DATABASE_URL'];
if (!url) throw new Error('Set DATABASE_URL to generate or run migrations');
export default new DataSource(dataSourceOptions(url));
