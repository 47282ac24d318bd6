/**
 * What the map draws that follows the view and the app rather than the filters: the township
 * badges merged at the current zoom (badge-merge.ts), the names in the chosen language and size
 * (label-layers.ts), the selected project's name, and the attribution folded into MapLibre's
 * compact ⓘ control. Its methods are idempotent: MapView calls them from its effects.
 */
import { AttributionControl, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { groupingKey, groupsAt, mergeBadges, seatKey, type SeatBadges } from './badge-merge.ts';
import { sameBadges, type BadgeProperties } from './project-sources.ts';
import { PROJECT_SOURCE_IDS } from './project-layers.ts';
import { applyLabels, selectedLabel } from './label-layers.ts';
import { townshipAt } from './township-places.ts';
import type { ProjectFeature } from '../domain/project.ts';
import type { Lang } from '../i18n/lookup.ts';
import { mt } from '../i18n/map-messages.ts';

export class Cartography {
  private seats: SeatBadges | null = null;
  /** The grouping the badge source holds (groupingKey), or null when it must be sent. */
  private sentGrouping: string | null = null;
  private credit: { control: AttributionControl; key: string } | null = null;
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

  /**
   * The attribution as MapLibre's compact control (top right, under the zoom buttons), which the
   * page's CSS shows on phones only: there the attribution line at the foot of the page took three
   * lines over the bottom sheet. It starts folded to ⓘ for the offline basemap; an online basemap's
   * licence asks for its credit to be seen, so then it starts open and folds at the first drag
   * (MapLibre's own behaviour). Made again when the text changes (the language).
   */
  setCredit(text: string, lang: Lang, startFolded: boolean): void {
    const key = `${lang}\n${text}`;
    if (this.credit?.key === key) return;
    if (this.credit) this.map.removeControl(this.credit.control);
    const control = new AttributionControl({ compact: true, customAttribution: text });
    this.map.addControl(control, 'top-right');
    this.credit = { control, key };
    const box = this.map.getContainer().querySelector<HTMLElement>('.maplibregl-ctrl-attrib');
    const button = box?.querySelector<HTMLElement>('.maplibregl-ctrl-attrib-button');
    button?.setAttribute('aria-label', mt(lang, 'creditToggle'));
    if (button) button.title = mt(lang, 'creditToggle');
    if (startFolded && box?.classList.contains('maplibregl-compact')) {
      box.classList.remove('maplibregl-compact-show');
      box.removeAttribute('open');
    }
  }
}
