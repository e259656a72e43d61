import { LANGS, loadLang } from '../../src/i18n';

// The app fetches a language's table before showing it (src/i18n/index.ts); unit tests use both at once.
await Promise.all(LANGS.map(loadLang));
