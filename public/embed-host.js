/*
 * Host-side helper for pages that embed the Xifeng work-report map (docs/embed.md).
 * Include it once after the iframe(s) marked `data-xifeng-map`; it sets each frame's height from
 * the map's `height` messages, so the frame is as tall as the map's content. It accepts a message
 * only from the frame it resizes and only from that frame's own origin.
 */
(function () {
  'use strict';
  var MIN = 200;
  var MAX = 5000;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.protocol !== 'xifeng-report-map' || data.version !== 1 || data.type !== 'height')
      return;
    if (typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.querySelectorAll('iframe[data-xifeng-map]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      frame.style.height = Math.min(MAX, Math.max(MIN, Math.ceil(data.height))) + 'px';
      return;
    }
  });
})();
