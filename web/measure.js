// Geodesic measuring tool. Leaflet's own distance is spherical, the server measures on the WGS84 ellipsoid with
// GeographicLib; this Vincenty inverse agrees with it to well under a metre at the distances of this atlas.

import { t } from './i18n.js';

const A = 6378137;
const F = 1 / 298.257223563;
const B = A * (1 - F);

/** Metres along the WGS84 geodesic between two points in degrees (Vincenty's inverse formula). */
export function geodesicMeters(lat1, lon1, lat2, lon2) {
  const rad = Math.PI / 180;
  const L = (lon2 - lon1) * rad;
  const U1 = Math.atan((1 - F) * Math.tan(lat1 * rad));
  const U2 = Math.atan((1 - F) * Math.tan(lat2 * rad));
  const sinU1 = Math.sin(U1);
  const cosU1 = Math.cos(U1);
  const sinU2 = Math.sin(U2);
  const cosU2 = Math.cos(U2);
  let lambda = L;
  let sinSigma = 0;
  let cosSigma = 1;
  let sigma = 0;
  let cosSqAlpha = 1;
  let cos2SigmaM = 0;
  for (let i = 0; i < 200; i += 1) {
    const sinLambda = Math.sin(lambda);
    const cosLambda = Math.cos(lambda);
    sinSigma = Math.hypot(cosU2 * sinLambda, cosU1 * sinU2 - sinU1 * cosU2 * cosLambda);
    if (sinSigma === 0) return 0;
    cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
    sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinLambda) / sinSigma;
    cosSqAlpha = 1 - sinAlpha * sinAlpha;
    cos2SigmaM = cosSqAlpha === 0 ? 0 : cosSigma - (2 * sinU1 * sinU2) / cosSqAlpha;
    const C = (F / 16) * cosSqAlpha * (4 + F * (4 - 3 * cosSqAlpha));
    const previous = lambda;
    lambda = L + (1 - C) * F * sinAlpha
      * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
    if (Math.abs(lambda - previous) < 1e-12) break;
  }
  const uSq = (cosSqAlpha * (A * A - B * B)) / (B * B);
  const bigA = 1 + (uSq / 16384) * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
  const bigB = (uSq / 1024) * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
  const deltaSigma = bigB * sinSigma * (cos2SigmaM + (bigB / 4) * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
    - (bigB / 6) * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
  return B * bigA * (sigma - deltaSigma);
}

/** Clicks on the map add points; the panel shows the geodesic length of the path through them. */
export function initMeasure({ map }) {
  const toggle = document.getElementById('measure-toggle');
  const panel = document.getElementById('measure-panel');
  const output = document.getElementById('measure-result');
  const points = [];
  const drawn = L.layerGroup();
  const line = L.polyline([], { color: '#111111', weight: 2.5, dashArray: '6 4', interactive: false }).addTo(drawn);
  let active = false;

  function update() {
    line.setLatLngs(points);
    let meters = 0;
    for (let i = 1; i < points.length; i += 1) {
      meters += geodesicMeters(points[i - 1].lat, points[i - 1].lng, points[i].lat, points[i].lng);
    }
    output.value = points.length < 2
      ? t('measure.hint')
      : t('measure.result', { km: (meters / 1000).toLocaleString('en', { maximumFractionDigits: 2 }),
        points: points.length });
    output.dataset.meters = String(meters);
  }

  function clear() {
    points.length = 0;
    drawn.eachLayer((layer) => { if (layer !== line) drawn.removeLayer(layer); });
    update();
  }

  function setActive(on) {
    active = on;
    toggle.setAttribute('aria-pressed', String(on));
    panel.hidden = !on;
    map.getContainer().classList.toggle('picking', on);
    if (on) {
      drawn.addTo(map);
      update();
    } else {
      clear();
      drawn.remove();
    }
  }

  toggle.addEventListener('click', () => setActive(!active));
  document.getElementById('measure-clear').addEventListener('click', clear);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && active) setActive(false);
  });
  map.on('click', (event) => {
    if (!active) return;
    points.push(event.latlng);
    L.circleMarker(event.latlng, { radius: 4, color: '#111111', fillColor: '#ffffff', fillOpacity: 1, weight: 2,
      interactive: false }).addTo(drawn);
    update();
  });
}
