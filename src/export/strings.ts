import { addStrings } from '../i18n';
import { exportEn } from '../i18n/export-en';
import { exportZh } from '../i18n/export-zh';

// Imported for this effect by each export module that uses the 'export' namespace: its strings load with the export's chunk.
addStrings('export', { en: exportEn, zh: exportZh });
