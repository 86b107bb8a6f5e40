import type { Thresholds } from '../risk/profiles.ts';
import { escapeHtml } from './escape-html.ts';

/** One point of the risk chart. */
export type RiskPoint = {
  readonly riskScore: number;
  readonly decision: string;
  /** Shown as the point's tooltip. */
  readonly label: string;
};

const WIDTH = 720;
const HEIGHT = 220;
const LEFT = 40;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 28;

/**
 * An inline SVG of risk over the session's events (one point per event, in order), with the review and
 * block thresholds as dashed lines and each point coloured by its decision. No script, no external resource.
 */
export function renderRiskChart(points: readonly RiskPoint[], thresholds: Thresholds): string {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (index: number): number =>
    LEFT + (points.length <= 1 ? plotWidth / 2 : (index * plotWidth) / (points.length - 1));
  const y = (risk: number): number => TOP + (1 - clamp(risk)) * plotHeight;
  const parts: string[] = [
    `<svg class="chart" role="img" aria-label="Risk over time" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" xmlns="http://www.w3.org/2000/svg">`,
    `<rect x="${LEFT}" y="${TOP}" width="${plotWidth}" height="${plotHeight}" class="plot"/>`,
  ];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<line x1="${LEFT}" x2="${LEFT + plotWidth}" y1="${y(tick)}" y2="${y(tick)}" class="grid"/>`,
      `<text x="${LEFT - 6}" y="${y(tick) + 4}" class="tick" text-anchor="end">${tick.toFixed(2)}</text>`,
    );
  }
  for (const [name, value] of [
    ['review', thresholds.review],
    ['block', thresholds.block],
  ] as const) {
    parts.push(
      `<line x1="${LEFT}" x2="${LEFT + plotWidth}" y1="${y(value)}" y2="${y(value)}" class="threshold ${name}"/>`,
      `<text x="${LEFT + plotWidth - 4}" y="${y(value) - 4}" class="tick" text-anchor="end">${name} ${value.toFixed(2)}</text>`,
    );
  }
  if (points.length > 1) {
    const path = points.map((point, index) => `${x(index)},${y(point.riskScore)}`).join(' ');
    parts.push(`<polyline points="${path}" class="line"/>`);
  }
  points.forEach((point, index) => {
    parts.push(
      `<circle cx="${x(index)}" cy="${y(point.riskScore)}" r="5" class="point ${decisionClass(point.decision)}"><title>${escapeHtml(point.label)}</title></circle>`,
    );
  });
  parts.push(
    `<text x="${LEFT + plotWidth / 2}" y="${HEIGHT - 6}" class="tick" text-anchor="middle">events in order (${points.length})</text>`,
    '</svg>',
  );
  return parts.join('');
}

/** The CSS class of a decision: `allow`, `review`, `block` or `other`. */
export function decisionClass(decision: string): string {
  return decision === 'allow' || decision === 'review' || decision === 'block' ? decision : 'other';
}

// --- internal ---

function clamp(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
