import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { retryCounter } from '../common/transient-failure';

/**
 * The process's Prometheus registry and the metrics its code moves as things happen. Metrics
 * that are facts of the database (seats, waitlists, the outbox) are read at each scrape instead
 * (MetricsScrape), so every process of a deployment reports the same, current figures.
 */
export const METRICS = new Registry();
collectDefaultMetrics({ register: METRICS, prefix: 'huiwu_process_' });

export const httpDuration = new Histogram({
  name: 'huiwu_http_request_duration_seconds',
  help: 'Time to answer a request, by method, route pattern and status class',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [METRICS],
});

export const jobRuns = new Counter({
  name: 'huiwu_job_runs_total',
  help: 'Timed-job ticks this process ran (it held the lease), by job and outcome',
  labelNames: ['job', 'outcome'] as const,
  registers: [METRICS],
});

export const jobLeaseFailures = new Counter({
  name: 'huiwu_job_lease_failures_total',
  help: 'Timed-job ticks skipped because the database did not answer the lease take (not runs)',
  labelNames: ['job'] as const,
  registers: [METRICS],
});

new Gauge({
  name: 'huiwu_transaction_retries_total',
  help: 'Transactions run again since start because the database rolled them back (deadlock, lock wait, cluster certification) or lost the connection',
  registers: [METRICS],
  collect() {
    this.set(retryCounter.count);
  },
});
