import { addStrings } from '../i18n';
import { vectorEn } from '../i18n/vector-en';
import { vectorZh } from '../i18n/vector-zh';

// Imported for this effect by vector-map.ts: the notices load with the vector map's chunk, not the first view.
addStrings('vector', { en: vectorEn, zh: vectorZh });
