import type { RegionCollection } from '../../data/boundaries';

// The properties check-boundaries takes names from; a feature with none of them is named by its key alone.
const NAME_PROPERTIES = new Set(['name_zh', 'name', '名称', 'name_cn', 'name_en']);

/** The keys of features that have no name of their own (DataV's frame of the South China Sea islands). */
export function unnamedKeys(features: readonly { feature: { properties?: unknown }; code: string }[]): string[] {
  return features
    .filter(({ feature }) => {
      const props = (feature.properties ?? {}) as Record<string, unknown>;
      return !Object.entries(props).some(
        ([k, v]) => NAME_PROPERTIES.has(k.toLowerCase()) && typeof v === 'string' && v.trim() !== '',
      );
    })
    .map(({ code }) => code);
}

/** Unnamed areas marked so that no label is drawn for them: a key at sea is no name. */
export function markUnnamed(collection: RegionCollection, keys: readonly string[]): RegionCollection {
  if (keys.length === 0) return collection;
  const unnamed = new Set(keys);
  return {
    ...collection,
    features: collection.features.map((f) =>
      unnamed.has(f.properties.code) ? { ...f, properties: { ...f.properties, unnamed: true } } : f,
    ),
  };
}
