import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';

/** Injection token for the parsed configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Makes the configuration parsed in main.ts (or by a test) injectable everywhere, so it is
 * parsed exactly once and no provider reads process.env.
 */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
