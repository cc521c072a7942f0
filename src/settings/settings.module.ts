import { Module } from '@nestjs/common';
import { SettingStore } from './setting.store';

@Module({ providers: [SettingStore], exports: [SettingStore] })
export class SettingsModule {}
