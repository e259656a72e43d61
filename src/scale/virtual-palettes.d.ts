declare module 'virtual:palettes' {
  /** YlGnBu palettes by number of classes, computed at build time by scripts/palette-source.ts. */
  const table: Record<number, string[]>;
  export default table;
}
