/**
 * The optional online basemap, configured at deploy time in `config.json` (`basemap` member,
 * see docs/basemaps.md). Pure: turns the deployer's choice (read by basemap-config.ts) into
 * style-spec objects, the attribution and the CSP sources it needs.
 *
 * The site is offline by default. Every coordinate we hold is WGS84, so only basemaps drawn in
 * WGS84 / Web Mercator are offered: 天地图 (`_w` tile sets) and OpenStreetMap. AMap, Tencent and
 * Baidu tiles are drawn in GCJ-02 / BD-09 and would shift every project by ~430 m, so they are
 * deliberately not a kind here.
 *
 * The Tianditu key is a browser key (visible to every visitor, restricted by domain whitelist); it
 * is never committed, it only ever comes from the deployer's config.json.
 */
import type {
  LayerSpecification,
  RasterLayerSpecification,
  RasterSourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Lang } from '../i18n/messages.ts';
import {
  ONLINE_FILL_OPACITY,
  OSM_ATTRIBUTION,
  TIANDITU_ATTRIBUTION,
  templateOrigin,
  type BasemapConfig,
} from './basemap-config.ts';

// The configuration's API, so that callers need only this module.
export {
  basemapFromConfigJson,
  OFFLINE_BASEMAP,
  OSM_ATTRIBUTION,
  OSM_DEFAULT_URL,
  parseBasemapConfig,
  TIANDITU_ATTRIBUTION,
  TIANDITU_SUBDOMAINS,
  type BasemapConfig,
  type OfflineBasemap,
  type OsmBasemap,
  type TiandituBasemap,
} from './basemap-config.ts';

/** Tianditu layer codes: the base map, then its annotation (labels) layer drawn over it. */
const TIANDITU_LAYERS = { vector: ['vec', 'cva'], imagery: ['img', 'cia'] } as const;

export function tiandituTileUrl(subdomain: string, layer: string, key: string): string {
  return (
    `https://${subdomain}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0` +
    `&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles` +
    `&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`
  );
}

export function basemapSources(config: BasemapConfig): Record<string, RasterSourceSpecification> {
  switch (config.kind) {
    case 'offline':
      return {};
    case 'osm':
      return {
        'basemap-osm': {
          type: 'raster',
          tiles: [config.url],
          tileSize: 256,
          maxzoom: 18,
          attribution: OSM_ATTRIBUTION,
        },
      };
    case 'tianditu': {
      const attribution = `${TIANDITU_ATTRIBUTION} 审图号：${config.reviewNumber}`;
      return Object.fromEntries(
        TIANDITU_LAYERS[config.layers].map((layer) => [
          `basemap-tianditu-${layer}`,
          {
            type: 'raster',
            tiles: config.subdomains.map((s) => tiandituTileUrl(s, layer, config.key)),
            tileSize: 256,
            // The `w` matrix set runs from level 1 to 18; level 0 is not served.
            minzoom: 1,
            maxzoom: 18,
            attribution,
          } satisfies RasterSourceSpecification,
        ]),
      );
    }
  }
}

/** One raster layer a source, in source order (base map first, annotations over it). */
export function basemapLayers(config: BasemapConfig): RasterLayerSpecification[] {
  return Object.keys(basemapSources(config)).map((id) => ({ id, type: 'raster', source: id }));
}

/** The text for the page's attribution line; empty for the offline basemap. */
export function basemapAttribution(config: BasemapConfig, lang: Lang): string {
  const label = lang === 'zh' ? '底图：' : 'Basemap: ';
  switch (config.kind) {
    case 'offline':
      return '';
    case 'osm':
      return label + OSM_ATTRIBUTION;
    case 'tianditu':
      // The 审图号 is a legal notice and is shown as issued, in both languages.
      return lang === 'zh'
        ? `${label}${TIANDITU_ATTRIBUTION} 审图号：${config.reviewNumber}`
        : `${label}${TIANDITU_ATTRIBUTION} (Tianditu), 审图号 (map review no.)：${config.reviewNumber}`;
  }
}

/** Where the attribution should link to (OSM asks for a link to its copyright page). */
export function basemapAttributionUrl(config: BasemapConfig): string | null {
  if (config.kind === 'osm') return 'https://www.openstreetmap.org/copyright';
  if (config.kind === 'tianditu') return 'https://www.tianditu.gov.cn/';
  return null;
}

/**
 * The style with the basemap drawn right after `background` (under everything else) and the
 * offline fills thinned (ONLINE_FILL_OPACITY). Returns a new style; the input is never changed.
 * `offline` returns the style itself.
 */
export function withBasemap(style: StyleSpecification, config: BasemapConfig): StyleSpecification {
  if (config.kind === 'offline') return style;
  const thinned = style.layers.map((layer): LayerSpecification => {
    const opacity = ONLINE_FILL_OPACITY[layer.id];
    return opacity !== undefined && layer.type === 'fill'
      ? { ...layer, paint: { ...layer.paint, 'fill-opacity': opacity } }
      : layer;
  });
  const at = thinned.findIndex((layer) => layer.type === 'background') + 1;
  return {
    ...style,
    sources: { ...style.sources, ...basemapSources(config) },
    layers: [...thinned.slice(0, at), ...basemapLayers(config), ...thinned.slice(at)],
  };
}

/**
 * The origins a deployer adds to the CSP, in both `img-src` and `connect-src` (MapLibre fetches
 * raster tiles with fetch() and decodes them as images). Empty for the offline basemap.
 */
export function cspSourcesFor(config: BasemapConfig): string[] {
  switch (config.kind) {
    case 'offline':
      return [];
    case 'tianditu':
      return ['https://*.tianditu.gov.cn'];
    case 'osm': {
      const origin = templateOrigin(config.url);
      return origin ? [origin] : [];
    }
  }
}
