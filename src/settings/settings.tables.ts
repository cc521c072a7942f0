import { AppSetting } from './entities/app-setting.entity';

/** The tables the settings module owns: only its stores read and write them. */
export const SETTINGS_TABLES = [AppSetting];
