declare module 'virtual:timeline-geometry' {
  /** The time line's point positions, computed at build time by src/story/timeline-geometry.ts. */
  const geometry: import('./timeline-geometry').TimelineGeometry;
  export default geometry;
}
