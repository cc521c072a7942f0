import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The only code that reads and writes app_setting (keys the servers share, such as the signing key). */
@Injectable()
export class SettingStore {
  constructor(private readonly dataSource: DataSource) {}
}
