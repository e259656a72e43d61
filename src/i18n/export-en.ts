/**
 * The export panel's strings in English. They load with the panel (a lazy chunk), not with the
 * first view; export-zh.ts has the same keys (tests/unit/export/strings.test.ts checks).
 */
export const exportEn = {
  'export.title': 'Export a snapshot',
  'export.size': 'Size',
  'export.preset.screen': 'This window ({width} × {height} px)',
  'export.preset.1920x1080': 'Full HD slide (1920 × 1080 px)',
  'export.preset.3840x2160': '4K slide (3840 × 2160 px)',
  'export.preset.a4-landscape': 'A4 landscape, 300 dpi (3508 × 2480 px)',
  'export.preset.a4-portrait': 'A4 portrait, 300 dpi (2480 × 3508 px)',
  'export.preset.a3-landscape': 'A3 landscape, 300 dpi (4961 × 3508 px)',
  'export.preset.a3-portrait': 'A3 portrait, 300 dpi (3508 × 4961 px)',
  'export.preset.letter-landscape': 'US Letter landscape, 300 dpi (3300 × 2550 px)',
  'export.preset.letter-portrait': 'US Letter portrait, 300 dpi (2550 × 3300 px)',
  'export.error.pdfFont':
    "A PDF embeds the Noto Sans CJK fonts, and this site does not serve {file} (answer {status}). SVG works without them. The build makes the fonts from Debian's fonts-noto-cjk: to offer PDF, install that package, build again, and publish the whole build folder with its fonts/ folder.",
  'export.preset.custom': 'Custom size',
  'export.width': 'Width (CSS px)',
  'export.height': 'Height (CSS px)',
  'export.pixelRatio': 'Pixel ratio',
  'export.output': 'Output: {width} × {height} px',
  'export.format': 'Format',
  'export.includePopup': 'Include the open popup',
  'export.noPopup': 'Include the open popup (none is open)',
  'export.submit': 'Download',
  'export.close': 'Close',
  'export.progress.checking': 'Checking the size against this graphics card…',
  'export.progress.rendering': 'Drawing the map at {width} × {height} px…',
  'export.progress.composing': 'Adding title, legend, scale bar and sources…',
  'export.progress.encoding': 'Encoding the {format} file…',
  'export.warning.pdfGlyphs':
    'The PDF’s font has no letters for {characters}: they print as empty boxes. SVG and PNG draw them with this computer’s fonts.',
  'export.cancel': 'Cancel',
  'export.cancelled': 'Export cancelled: no file was saved.',
  'export.done': 'Saved {file} ({width} × {height} px, {size}) in {seconds} s.',
  'export.invalid.whole': '{field} must be a whole number from {min} to {max} (not “{value}”).',
  'export.invalid.number': '{field} must be a number from {min} to {max} (not “{value}”).',
  'export.error.tooLarge': '{width} × {height} px is too large: {reasons}.',
  'export.reason.side': 'this graphics card draws at most {max} px a side',
  'export.reason.area': 'it holds at most {megapixels} million pixels at once',
  'export.reason.and': ', and ',
  'export.error.clamped': 'The graphics card drew the map at only {actual} px wide instead of {expected} px.',
  'export.error.largest': 'The largest size of this shape that works is {width} × {height} px.',
  'export.error.timeout': 'The map did not finish drawing within {seconds} s.',
  'export.error.failed': 'The export failed: {problem}',
  'export.useLargest': 'Use {width} × {height} px',
  'export.scale.km': '{n} km',
  'export.scale.m': '{n} m',
} as const;

export type ExportStringKey = keyof typeof exportEn;
