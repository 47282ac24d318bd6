/**
 * What the map draws that follows the view and the app rather than the filters: the township
 * badges merged at the current zoom (badge-merge.ts), the names in the chosen language and size
 * (label-layers.ts) and the selected project's name. Its methods are idempotent: MapView calls
 * them from its effects.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { groupingKey, groupsAt, mergeBadges, seatKey, type SeatBadges } from './badge-merge.ts';
import { sameBadges, type BadgeProperties } from './project-sources.ts';
import { PROJECT_SOURCE_IDS } from './project-layers.ts';
import { applyLabels, selectedLabel } from './label-layers.ts';
import { townshipAt } from './township-places.ts';
import type { ProjectFeature } from '../domain/project.ts';
import type { Lang } from '../i18n/lookup.ts';

export class Cartography {
  private seats: SeatBadges | null = null;
  /** The grouping the badge source holds (groupingKey), or null when it must be sent. */
  private sentGrouping: string | null = null;
  /** The township areas, to name the township a badge's seat lies in. */
  areas: FeatureCollection | null = null;

  constructor(private readonly map: MapLibreMap) {
    // Every frame of a zoom: the grouping changes at a few zooms only, and is sent only then.
    map.on('zoom', () => this.merge());
  }

  /** The badges, one a seat (projectSources): merged at the map's zoom, sent when that changes. */
  setSeats(seats: SeatBadges): void {
    if (this.seats === seats || (this.seats && sameBadges(this.seats, seats))) return;
    this.seats = seats;
    this.sentGrouping = null;
    this.merge();
  }

  private merge(): void {
    if (!this.seats) return;
    const groups = groupsAt(this.seats, this.map.getZoom());
    const key = groupingKey(groups);
    if (key === this.sentGrouping) return;
    this.sentGrouping = key;
    void this.map
      .getSource<GeoJSONSource>(PROJECT_SOURCE_IDS.badges)
      ?.setData(mergeBadges(this.seats, groups));
  }

  /** The seats a badge stands for, by the keys it carries (MergedBadgeProperties.keys). */
  seatsOf(keys: string): Feature<Point, BadgeProperties>[] {
    const wanted = new Set(keys.split(' '));
    return this.seats?.features.filter((f) => wanted.has(seatKey(f))) ?? [];
  }

  townshipOf(position: Position): string | null {
    return this.areas ? townshipAt(this.areas, position) : null;
  }

  setLabels(lang: Lang, large: boolean): void {
    applyLabels(this.map, lang, large);
  }

  setSelected(project: ProjectFeature | null): void {
    this.map.getSource<GeoJSONSource>('selected-label')?.setData(selectedLabel(project));
  }
}
