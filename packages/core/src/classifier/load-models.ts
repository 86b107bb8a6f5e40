import {
  type LoadedModel,
  loadSurfaceModel,
  type ModelBundleV1,
  type ModelSurface,
} from './linear-model.ts';

const cache = new WeakMap<object, LoadedModel>();

/**
 * The loaded models of a bundle, by surface. Decoding is cached per stored model, so any number of
 * scanners built from the same bundle share one copy of the weights.
 */
export function loadModels(bundle: ModelBundleV1): Partial<Record<ModelSurface, LoadedModel>> {
  const loaded: Partial<Record<ModelSurface, LoadedModel>> = {};
  for (const surface of ['prompt', 'tool_output', 'tool_description'] as const) {
    const stored = bundle.surfaces[surface];
    if (stored === undefined) continue;
    let model = cache.get(stored);
    if (model === undefined) {
      model = loadSurfaceModel(surface, stored);
      cache.set(stored, model);
    }
    loaded[surface] = model;
  }
  return loaded;
}
