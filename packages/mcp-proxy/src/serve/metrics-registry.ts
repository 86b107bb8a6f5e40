/** A counter with labels (Prometheus `counter`). */
export type Counter = {
  /** Adds `value` (default 1) to the series with these label values, in `labelNames` order. */
  inc(labels: readonly string[], value?: number): void;
};

/** A histogram with labels (Prometheus `histogram`), observed in seconds. */
export type Histogram = {
  observe(labels: readonly string[], seconds: number): void;
};

/** One sample of a gauge read at scrape time. */
export type GaugeSample = { readonly labels: readonly string[]; readonly value: number };

/** A set of metrics rendered in the Prometheus text exposition format (0.0.4). */
export type MetricsRegistry = {
  counter(name: string, help: string, labelNames: readonly string[]): Counter;
  histogram(
    name: string,
    help: string,
    labelNames: readonly string[],
    buckets: readonly number[],
  ): Histogram;
  /** A gauge whose samples are read when scraped (they may come from async state). */
  gauge(
    name: string,
    help: string,
    labelNames: readonly string[],
    read: () => readonly GaugeSample[] | Promise<readonly GaugeSample[]>,
  ): void;
  /** The text of every metric. */
  render(): Promise<string>;
};

/** Latency buckets in seconds: 50 µs to 2.5 s. */
export const LATENCY_BUCKETS: readonly number[] = [
  0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
];

/**
 * A small metrics registry, so the service needs no Prometheus client. Series are found by one string
 * key per label combination; observing costs a map lookup and a bucket scan.
 *
 * @example
 * const registry = createMetricsRegistry();
 * const scans = registry.counter('portcullis_scans_total', 'Scans.', ['surface', 'decision']);
 * scans.inc(['prompt', 'allow']);
 * await registry.render(); // '# HELP portcullis_scans_total Scans.\n# TYPE ...'
 */
export function createMetricsRegistry(): MetricsRegistry {
  const renderers: (() => string | Promise<string>)[] = [];
  return {
    counter(name, help, labelNames) {
      const series = new Map<string, { labels: readonly string[]; value: number }>();
      renderers.push(() => {
        let text = header(name, help, 'counter');
        for (const { labels, value } of series.values())
          text += `${name}${labelText(labelNames, labels)} ${value}\n`;
        return text;
      });
      return {
        inc(labels, value = 1) {
          const key = labels.join('\u0001');
          const entry = series.get(key);
          if (entry === undefined) series.set(key, { labels: [...labels], value });
          else entry.value += value;
        },
      };
    },
    histogram(name, help, labelNames, buckets) {
      const series = new Map<
        string,
        { labels: readonly string[]; counts: number[]; sum: number; count: number }
      >();
      renderers.push(() => {
        let text = header(name, help, 'histogram');
        for (const { labels, counts, sum, count } of series.values()) {
          let cumulative = 0;
          buckets.forEach((bound, index) => {
            cumulative += counts[index] as number;
            text += `${name}_bucket${labelText([...labelNames, 'le'], [...labels, String(bound)])} ${cumulative}\n`;
          });
          text += `${name}_bucket${labelText([...labelNames, 'le'], [...labels, '+Inf'])} ${count}\n`;
          text += `${name}_sum${labelText(labelNames, labels)} ${sum}\n`;
          text += `${name}_count${labelText(labelNames, labels)} ${count}\n`;
        }
        return text;
      });
      return {
        observe(labels, seconds) {
          const key = labels.join('\u0001');
          let entry = series.get(key);
          if (entry === undefined) {
            entry = { labels: [...labels], counts: buckets.map(() => 0), sum: 0, count: 0 };
            series.set(key, entry);
          }
          const index = buckets.findIndex((bound) => seconds <= bound);
          if (index !== -1) entry.counts[index] = (entry.counts[index] ?? 0) + 1;
          entry.sum += seconds;
          entry.count += 1;
        },
      };
    },
    gauge(name, help, labelNames, read) {
      renderers.push(async () => {
        let text = header(name, help, 'gauge');
        for (const { labels, value } of await read())
          text += `${name}${labelText(labelNames, labels)} ${value}\n`;
        return text;
      });
    },
    async render() {
      const parts = await Promise.all(renderers.map((render) => render()));
      return parts.join('');
    },
  };
}

// --- internal ---

function header(name: string, help: string, type: string): string {
  return `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n`;
}

function labelText(names: readonly string[], values: readonly string[]): string {
  if (names.length === 0) return '';
  return `{${names.map((name, index) => `${name}="${escapeLabel(values[index] ?? '')}"`).join(',')}}`;
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
