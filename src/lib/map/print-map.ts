/**
 * Printing the map: a WebGL canvas prints blank unless captured right after it draws, so the print
 * button (an `xifeng:print` event) asks for a frame, copies it into the image that only print
 * styles show (`#print-map`), then prints. Returns the cleanup.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export function printOnRequest(map: MapLibreMap): () => void {
  function printMap() {
    map.once('render', () => {
      const image = document.getElementById('print-map') as HTMLImageElement | null;
      if (image) image.src = map.getCanvas().toDataURL('image/png');
      requestAnimationFrame(() => window.print());
    });
    map.triggerRepaint();
  }
  window.addEventListener('xifeng:print', printMap);
  return () => window.removeEventListener('xifeng:print', printMap);
}
