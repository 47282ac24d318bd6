/**
 * The deployer's configuration, read at run time from `config.json` beside index.html, so a site
 * can be configured without a rebuild. Missing or malformed parts fall back to safe defaults:
 * no embedding host may send messages, and the basemap is the offline one.
 */
import { fetchJson } from './data/load.ts';

export interface EmbedConfig {
  /** Origins (scheme://host[:port]) whose pages may embed the map and talk to it over postMessage. */
  allowedOrigins: string[];
}

export interface AppConfig {
  embed: EmbedConfig;
  /** The basemap part, parsed by src/lib/map/basemap.ts. */
  basemap: unknown;
}

export const DEFAULT_CONFIG: AppConfig = { embed: { allowedOrigins: [] }, basemap: { kind: 'offline' } };

function isOrigin(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

export function parseConfig(json: unknown): { config: AppConfig; problems: string[] } {
  const problems: string[] = [];
  const root = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  if (root !== json) problems.push('config.json is not a JSON object; using the defaults');
  const embed = (root.embed ?? {}) as Record<string, unknown>;
  const listed = Array.isArray(embed.allowedOrigins) ? embed.allowedOrigins : [];
  const allowedOrigins = listed.filter(isOrigin);
  if (allowedOrigins.length !== listed.length) {
    problems.push(
      'embed.allowedOrigins: entries that are not origins like "https://www.example.gov.cn" were ignored',
    );
  }
  return { config: { embed: { allowedOrigins }, basemap: root.basemap ?? DEFAULT_CONFIG.basemap }, problems };
}

export async function loadConfig(): Promise<{ config: AppConfig; problems: string[] }> {
  try {
    return parseConfig(await fetchJson<unknown>('config.json', fetch, ''));
  } catch {
    return { config: DEFAULT_CONFIG, problems: ['config.json could not be read; using the defaults'] };
  }
}
