/**
 * The logit of a text: of the whole text when it fits one window, else the highest window logit minus a
 * penalty that grows with the logarithm of the number of windows (a max over many windows of honest text
 * drifts upward).
 */
export function longTextLogit(
  text: string,
  windowChars: number,
  lengthPenalty: number,
  windowLogit: (window: string) => number,
): number {
  if (text.length <= windowChars * 1.5) return windowLogit(text);
  const step = windowChars >> 1;
  let best = Number.NEGATIVE_INFINITY;
  let windows = 0;
  for (let start = 0; start < text.length; start += step) {
    best = Math.max(best, windowLogit(text.slice(start, start + windowChars)));
    windows++;
    if (start + windowChars >= text.length) break;
  }
  return best - lengthPenalty * Math.log2(windows);
}
