import { addStrings } from '../i18n';
import { byodEn } from '../i18n/byod-en';
import { byodZh } from '../i18n/byod-zh';

// Imported for this effect by each byod module that uses the 'byod' namespace: its strings load with the loader's chunk.
addStrings('byod', { en: byodEn, zh: byodZh });
