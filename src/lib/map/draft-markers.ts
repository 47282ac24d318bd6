/**
 * The draft's points on the map: one draggable marker each (a focusable button, so a keyboard can
 * select it and move it with the arrow keys), and the line through them when a road is drawn.
 * The markers are kept and moved, not rebuilt, so the one being nudged keeps the focus.
 */
import { Marker, type GeoJSONSource } from 'maplibre-gl';
import type { Position } from '../domain/project.ts';
import type { MapHandle } from './map-handle.ts';
import { MARK_COLOURS } from '../palette.ts';

const LINE = 'editor-draft-line';
/** Pixels a key press moves a marker; with Shift, five times more. */
const STEP_PX = 4;

export interface MarkerEvents {
  move(index: number, position: Position): void;
  remove(index: number): void;
  activate(index: number): void;
}

export class DraftMarkers {
  private markers: Marker[] = [];

  constructor(
    private readonly map: MapHandle,
    private readonly events: MarkerEvents,
  ) {
    map.addSource(LINE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    // Under the badges and markers, like every line of the map (style.ts).
    map.addLayer(
      {
        id: LINE,
        type: 'line',
        source: LINE,
        paint: { 'line-color': MARK_COLOURS.draft, 'line-width': 3, 'line-dasharray': [2, 1] },
      },
      'township-badge-areas',
    );
  }

  /** Brings the markers and the line to `points`; `label(i)` names marker i for screen readers. */
  show(points: Position[], active: number | null, asLine: boolean, label: (i: number) => string): void {
    while (this.markers.length > points.length) this.markers.pop()!.remove();
    while (this.markers.length < points.length) this.markers.push(this.create(this.markers.length));
    points.forEach((point, i) => {
      const marker = this.markers[i]!;
      marker.setLngLat(point);
      const element = marker.getElement();
      element.setAttribute('aria-label', label(i));
      element.classList.toggle('active', i === active);
      element.textContent = points.length > 1 ? String(i + 1) : '';
    });
    const line = asLine && points.length >= 2;
    this.map.getSource<GeoJSONSource>(LINE)?.setData({
      type: 'FeatureCollection',
      features: line
        ? [{ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: points } }]
        : [],
    });
  }

  /** Puts the keyboard focus on marker `index` (after a placement by keyboard). */
  focus(index: number): void {
    this.markers[index]?.getElement().focus();
  }

  destroy(): void {
    for (const marker of this.markers) marker.remove();
    this.markers = [];
    if (this.map.getLayer(LINE)) this.map.removeLayer(LINE);
    if (this.map.getSource(LINE)) this.map.removeSource(LINE);
  }

  private create(index: number): Marker {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'draft-marker';
    element.dataset.testid = `draft-marker-${index}`;
    const marker = new Marker({ element, draggable: true }).setLngLat(this.map.getCenter()).addTo(this.map);
    marker.on('dragend', () => {
      const { lng, lat } = marker.getLngLat();
      this.events.move(index, [lng, lat]);
    });
    element.addEventListener('focus', () => this.events.activate(index));
    element.addEventListener('keydown', (event) => this.onKey(event, index, marker));
    return marker;
  }

  private onKey(event: KeyboardEvent, index: number, marker: Marker): void {
    const step = event.shiftKey ? STEP_PX * 5 : STEP_PX;
    const delta: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const d = delta[event.key];
    if (event.key === 'Delete' || event.key === 'Backspace') this.events.remove(index);
    else if (!d) return;
    else {
      const at = this.map.project(marker.getLngLat());
      const { lng, lat } = this.map.unproject([at.x + d[0], at.y + d[1]]);
      this.events.move(index, [lng, lat]);
    }
    // The map's own keyboard handler would pan it too.
    event.preventDefault();
    event.stopPropagation();
  }
}
