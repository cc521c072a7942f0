import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppSetting } from './entities/app-setting.entity';

/** The row types this module answers with, for other modules to name (they never query them). */
export type { AppSetting } from './entities/app-setting.entity';


/** The only code that reads and writes app_setting (keys the servers share, such as the signing key). */
@Injectable()
export class SettingStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The value stored under `key`, writing `proposed` first if there is none. Insert-or-ignore
   * then read: two processes starting together agree on the first value written.
   */
  async keepFirst(key: string, proposed: string): Promise<string> {
    const settings = this.dataSource.getRepository(AppSetting);
    await settings.createQueryBuilder().insert().values({ key, value: proposed }).orIgnore().updateEntity(false).execute();
    return (await settings.findOneByOrFail({ key })).value;
  }
}
