import { describe, expect, it } from 'vitest';
import { layerBreaches, type LayerAllowance } from '../../../scripts/check/layers.ts';

/** The rules' names broken by one import, with no allowance. */
function broken(file: string, target: string): string[] {
  return layerBreaches(new Map([[file, [target]]]), []).breaches.map((b) => b.rule.name);
}

describe('layerBreaches', () => {
  it('keeps domain/ from importing any other layer, and lets it import its own modules and packages', () => {
    expect(broken('src/lib/domain/filters.ts', 'src/lib/i18n/messages.ts')).toEqual(['domain-is-plain']);
    expect(broken('src/lib/domain/planner/grid.ts', 'src/lib/map/camera.ts')).toEqual(['domain-is-plain']);
    expect(broken('src/lib/domain/filters.ts', 'src/lib/domain/vocabulary.ts')).toEqual([]);
    expect(broken('src/lib/domain/planner/grid.ts', '@turf/hex-grid')).toEqual([]);
  });

  it('lets only map/ import maplibre-gl, its types and files included', () => {
    expect(broken('src/lib/editor/EditorPanel.svelte', 'maplibre-gl')).toEqual(['maplibre-in-map']);
    expect(broken('src/App.svelte', 'maplibre-gl/dist/maplibre-gl.css')).toEqual(['maplibre-in-map']);
    expect(broken('src/lib/map/style.ts', 'maplibre-gl')).toEqual([]);
    // A package whose name only starts the same is another package.
    expect(broken('src/lib/ui/Legend.svelte', 'maplibre-gl-extra')).toEqual([]);
  });

  it('keeps ui/ from map/, while a layout may place the map', () => {
    expect(broken('src/lib/ui/Legend.svelte', 'src/lib/map/planner-layers.ts')).toEqual(['ui-not-map']);
    expect(broken('src/lib/ui/planner/PlannerPanel.svelte', 'src/lib/map/camera.ts')).toEqual(['ui-not-map']);
    expect(broken('src/lib/layout/MapArea.svelte', 'src/lib/map/MapView.svelte')).toEqual([]);
    expect(broken('src/lib/ui/Legend.svelte', 'src/lib/palette.ts')).toEqual([]);
  });

  it('lets scripts import from src/ only domain/ and protocol modules', () => {
    expect(broken('scripts/editor/gazetteer.ts', 'src/lib/editor/editor-api.ts')).toEqual([
      'scripts-use-domain',
    ]);
    expect(broken('scripts/sheet/import-workbook.ts', 'src/lib/i18n/messages.ts')).toEqual([
      'scripts-use-domain',
    ]);
    expect(broken('scripts/editor/api.ts', 'src/lib/editor/protocol.ts')).toEqual([]);
    expect(broken('scripts/data/compile.ts', 'src/lib/domain/project.ts')).toEqual([]);
    expect(broken('scripts/editor/api.ts', 'scripts/data/coordinates.ts')).toEqual([]);
  });

  it('names every breach of a file, in file order, with what to do', () => {
    const imports = new Map([
      ['src/lib/ui/Legend.svelte', ['maplibre-gl', 'src/lib/map/planner-layers.ts', 'src/lib/palette.ts']],
      ['src/lib/domain/a.ts', ['src/lib/state/app-state.svelte.ts']],
    ]);
    const { breaches } = layerBreaches(imports, []);
    expect(breaches.map((b) => [b.file, b.target, b.rule.name])).toEqual([
      ['src/lib/domain/a.ts', 'src/lib/state/app-state.svelte.ts', 'domain-is-plain'],
      ['src/lib/ui/Legend.svelte', 'maplibre-gl', 'maplibre-in-map'],
      ['src/lib/ui/Legend.svelte', 'src/lib/map/planner-layers.ts', 'ui-not-map'],
    ]);
    expect(breaches[1]!.rule.fix).toContain('MapHandle');
  });

  it('excuses a folder from one rule only, and fails an allowance that excuses nothing', () => {
    const floor: LayerAllowance = { rule: 'maplibre-in-map', from: 'scripts/bench/floor/', why: 'a floor' };
    const unused: LayerAllowance = { rule: 'ui-not-map', from: 'src/lib/ui/old/', why: 'gone' };
    const imports = new Map([
      ['scripts/bench/floor/main.ts', ['maplibre-gl', 'src/lib/map/style.ts']],
      ['scripts/bench/run.ts', ['maplibre-gl']],
    ]);
    const { breaches, staleAllowances } = layerBreaches(imports, [floor, unused]);
    expect(breaches.map((b) => [b.file, b.rule.name])).toEqual([
      ['scripts/bench/floor/main.ts', 'scripts-use-domain'],
      ['scripts/bench/run.ts', 'maplibre-in-map'],
    ]);
    expect(staleAllowances).toEqual([unused]);
  });
});
