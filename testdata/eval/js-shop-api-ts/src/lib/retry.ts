/** Adds +/-20% random jitter so reconnecting clients don't stampede. */
export function withJitter(ms: number): number {
  const spread = ms * 0.2;
  return Math.round(ms - spread + Math.random() * spread * 2);
}
