import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { RegistrationsModule } from '../registrations/registrations.module';
import { SeatsModule } from '../seats/seats.module';
import { MetricsScrape } from './metrics-scrape';

/** GET /metrics for Prometheus (registered on Fastify by metrics-route.ts, outside /api). */
@Module({
  imports: [RegistrationsModule, SeatsModule, NotificationsModule],
  providers: [MetricsScrape],
  exports: [MetricsScrape],
})
export class MetricsModule {}
