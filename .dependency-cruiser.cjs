/**
 * Import rules for src/, checked by `npm run deps` (part of npm test); docs/architecture.md "Code map" says the same in words.
 * swc parses the TypeScript (TypeScript 7 has no JS API to parse with); type-only imports count as imports.
 */
const FEATURES = '(kiosk|export|byod)';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycle in src/, type-only imports included: each module can be read, and loaded, on its own.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'composition-root-on-top',
      severity: 'error',
      comment: 'Only main.ts starts the app; a feature talks to it through the host it declares, which app.ts builds.',
      from: { path: '^src/', pathNot: '^src/main[.]ts$' },
      to: { path: '^src/(app|main)[.]ts$' },
    },
    {
      name: 'features-apart',
      severity: 'error',
      comment: 'A lazy feature does not import another one: each loads on its own.',
      from: { path: `^src/${FEATURES}/` },
      to: { path: `^src/${FEATURES}/`, pathNot: '^src/$1/' },
    },
    {
      name: 'features-on-top',
      severity: 'error',
      comment: 'What every view needs sits below the lazy features and never reaches up into them.',
      from: { path: '^src/(shared|i18n|data|scale|state|map|ui|scene|story|vector|geometry|share)/' },
      to: { path: `^src/${FEATURES}/` },
    },
    {
      name: 'pure-stays-pure',
      severity: 'error',
      comment: 'data/, scale/ and state/ are pure: no map, no DOM widgets, no features.',
      from: { path: '^src/(data|scale|state|i18n)/' },
      to: { path: '^src/(map|ui|shared|kiosk|export|byod|vector|share|story)/' },
    },
    {
      name: 'shared-stays-low',
      severity: 'error',
      comment: 'src/shared/ sits below every feature and panel: it may use strings and data, nothing that draws.',
      from: { path: '^src/shared/' },
      to: { path: '^src/(map|ui|state|scale|kiosk|export|byod|vector|share|story)/' },
    },
    {
      name: 'src-is-app-code',
      severity: 'error',
      comment: 'Nothing in src/ imports the boundary build (geo/), scripts/, tests/ or bench/.',
      from: { path: '^src/' },
      to: { path: '^(geo|scripts|tests|bench)/' },
    },
    {
      name: 'scene-is-pure',
      severity: 'error',
      comment:
        'src/scene/ decides what every painter draws, in pure code: data, scale, state, i18n, geometry and the story\'s pure parts, never a painter, the DOM or a feature.',
      from: { path: '^src/scene/' },
      to: { path: '^src/(map|ui|shared|vector|share|kiosk|export|byod)/|^src/story/figures-panel' },
    },
    {
      name: 'story-is-pure-but-its-panel',
      severity: 'error',
      comment: "The story's figures, time line and captions are data; only figures-panel.ts draws them into the page.",
      from: { path: '^src/story/', pathNot: '^src/story/figures-panel' },
      to: { path: '^src/(map|ui|shared|vector|share|kiosk|export|byod)/' },
    },
    {
      name: 'vector-is-a-painter',
      severity: 'error',
      comment: 'The vector map paints the scene as MapLibre does: it knows no panel and no feature.',
      from: { path: '^src/vector/' },
      to: { path: '^src/(ui|share|kiosk|export|byod)/' },
    },
    {
      name: 'share-stays-small',
      severity: 'error',
      comment: 'Copy link and embed mode read the state and speak; they do not reach into the map, panels or features.',
      from: { path: '^src/share/' },
      to: { path: '^src/(map|ui|vector|kiosk|export|byod|story)/' },
    },
    {
      name: 'geometry-stands-alone',
      severity: 'error',
      comment: 'Ring checks, repair and label points are shared with geo/ and the worker: they import nothing of the app.',
      from: { path: '^src/geometry/' },
      to: { path: '^src/(?!geometry/)' },
    },
    {
      name: 'map-below-panels',
      severity: 'error',
      comment: 'The map does not know the panels around it; app.ts connects them.',
      from: { path: '^src/map/' },
      to: { path: '^src/ui/' },
    },
  ],
  options: {
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
  },
};
