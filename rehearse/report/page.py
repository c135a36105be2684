"""The fixed parts of the HTML page: its skeleton, its stylesheet and its script, all inline.

The script makes every element with a data-start attribute seek the audio there, lights the word
being played, moves the cursors of the STAR timeline and the pace chart, and adds the keys.
"""

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{style}</style></head>
<body>
{body}
<script>{script}</script>
</body></html>
"""

STYLE = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2937;
  max-width: 960px; margin: 24px auto; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 24px 0 8px; }
.meta, .hint, footer { color: #6b7280; font-size: 13px; }
.warning, .note { background: #fef3c7; padding: 6px 10px; border-radius: 6px; }
audio { width: 100%; margin-top: 8px; }
.cards { display: flex; gap: 10px; flex-wrap: wrap; margin-top: 12px; }
.card { flex: 1 1 120px; border: 1px solid #e5e7eb; border-top: 4px solid #15803d;
  border-radius: 6px; padding: 8px 10px; }
.card.warn { border-top-color: #b45309; } .card.fail { border-top-color: #b91c1c; }
.card .v { font-size: 22px; font-weight: 600; } .card .k { font-weight: 600; }
.card .t { color: #6b7280; font-size: 12px; }
.timeline { position: relative; height: 28px; background: #f3f4f6; border-radius: 4px;
  overflow: hidden; }
.timeline .seg { position: absolute; top: 0; bottom: 0; cursor: pointer; opacity: .85;
  border-right: 1px solid #fff; }
.timeline .seg:hover { opacity: 1; }
.cursor { position: absolute; top: 0; bottom: 0; width: 2px; background: #111; left: 0; }
.legend { display: flex; gap: 16px; flex-wrap: wrap; margin-top: 6px; font-size: 13px; }
.legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px;
  border-radius: 2px; }
#transcript .s { border-left: 4px solid; padding: 2px 0 2px 10px; margin: 6px 0; }
.tag { color: #fff; font-size: 11px; text-transform: uppercase; padding: 1px 6px;
  border-radius: 3px; margin-right: 4px; }
.w { cursor: pointer; border-radius: 3px; padding: 0 1px; }
.w:hover { background: #e0e7ff; }
.w.filler { background: #fee2e2; color: #b91c1c; text-decoration: line-through; }
.w.now { background: #fde047; color: #111; }
.pause { color: #9ca3af; cursor: pointer; }
.pause.long { color: #b91c1c; background: #fef2f2; border: 1px solid #fecaca; border-radius: 10px;
  padding: 0 6px; font-size: 12px; }
#pace text { font-size: 11px; fill: #6b7280; }
#pace .band { fill: #dcfce7; } #pace .grid { stroke: #e5e7eb; }
#pace .line { fill: none; stroke: #1d4ed8; stroke-width: 2; }
#pace circle { fill: #1d4ed8; cursor: pointer; }
#pace-cursor { stroke: #111; stroke-width: 1.5; }
.chart { overflow-x: auto; } #pace { min-width: 640px; }  /* labels stay readable on a phone */
table.checks { border-collapse: collapse; width: 100%; font-size: 14px; }
.checks th, .checks td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #e5e7eb;
  vertical-align: top; }
.checks .st { font-weight: 700; } .checks .why { color: #6b7280; font-size: 12px; }
.good { color: #15803d; font-weight: 600; }
.fix { border-left: 5px solid #b45309; background: #fffbeb; border-radius: 6px;
  padding: 8px 14px; margin-top: 14px; }
.fix h2 { margin: 0 0 4px; } .fix .head { font-weight: 600; margin: 0; }
.fix .said, .fix .try { margin: 4px 0 0; } .fix .try { color: #15803d; }
.progress { display: flex; flex-wrap: wrap; gap: 12px; }
.spark { margin: 0; border: 1px solid #e5e7eb; border-radius: 6px; padding: 6px; }
.spark polyline { fill: none; stroke: #6b7280; stroke-width: 1.5; }
.spark circle { fill: #6b7280; } .spark circle.this { fill: #f59e0b; stroke: #111; }
.spark figcaption { font-size: 12px; max-width: 220px; }
.spark text { font-size: 10px; fill: #6b7280; } .spark .band { fill: #dcfce7; }
.spark .axis { stroke: #9ca3af; } .spark .better { color: #6b7280; }
.spark circle.trail { stroke: #b91c1c; stroke-width: 2; }
#pace .span { fill: #fee2e2; opacity: .7; cursor: pointer; }
footer { margin-top: 32px; }
body { overflow-wrap: break-word; }
@media (max-width: 600px) {
  body { margin: 12px auto; padding: 0 10px; }
  table.checks, table.rubric, .checks tbody, .rubric tbody, .checks tr, .rubric tr,
  .checks td, .rubric td { display: block; width: auto; }
  .checks thead, .rubric thead { display: none; }
  .checks tr, .rubric tr { border: 1px solid #e5e7eb; border-radius: 6px; margin: 8px 0;
    padding: 4px 0; }
  .checks td, .rubric td { border-bottom: 0; padding: 2px 10px; }
  .spark, .spark svg { max-width: 100%; height: auto; }
}
"""

SCRIPT = """
(() => {
  const player = document.getElementById('player');
  if (!player) return;
  const words = Array.from(document.querySelectorAll('.w[data-start]'));
  const starts = words.map(w => parseFloat(w.dataset.start));
  const fillers = words.filter(w => w.classList.contains('filler')).map(w => parseFloat(w.dataset.start));
  const parts = Array.from(document.querySelectorAll('#transcript .s')).map(p => {
    const first = p.querySelector('.w[data-start]');
    return first ? [p.querySelector('.tag').textContent, parseFloat(first.dataset.start)] : null;
  }).filter(Boolean);
  const starCursor = document.getElementById('star-cursor');
  const paceCursor = document.getElementById('pace-cursor');
  let current = null;
  const seek = t => { player.currentTime = t; player.play().catch(() => {}); };
  document.querySelectorAll('[data-start]').forEach(el =>
    el.addEventListener('click', () => seek(parseFloat(el.dataset.start))));
  const highlight = () => {
    const t = player.currentTime;
    let lo = 0, hi = starts.length - 1, found = -1;
    while (lo <= hi) { const mid = (lo + hi) >> 1; if (starts[mid] <= t + 1e-3) { found = mid; lo = mid + 1; } else hi = mid - 1; }
    const word = found >= 0 ? words[found] : null;
    if (word !== current) {
      if (current) current.classList.remove('now');
      if (word) word.classList.add('now');
      current = word;
    }
    const length = player.duration || parseFloat(paceCursor ? paceCursor.dataset.length : 0) || 1;
    if (starCursor) starCursor.style.left = (100 * Math.min(t / length, 1)) + '%';
    if (paceCursor) {
      const x0 = parseFloat(paceCursor.dataset.x0), x1 = parseFloat(paceCursor.dataset.x1);
      const x = x0 + (x1 - x0) * Math.min(t / parseFloat(paceCursor.dataset.length), 1);
      paceCursor.setAttribute('x1', x); paceCursor.setAttribute('x2', x);
    }
  };
  const tick = () => { highlight(); if (!player.paused) requestAnimationFrame(tick); };
  player.addEventListener('play', () => requestAnimationFrame(tick));
  player.addEventListener('seeked', highlight);
  player.addEventListener('timeupdate', highlight);
  document.addEventListener('keydown', e => {
    if (e.target.tagName === 'INPUT' || e.metaKey || e.ctrlKey || e.altKey) return;
    const t = player.currentTime;
    if (e.key === ' ') { e.preventDefault(); player.paused ? player.play() : player.pause(); }
    else if (e.key === 'ArrowRight') { player.currentTime = Math.min(t + 5, player.duration || t + 5); }
    else if (e.key === 'ArrowLeft') { player.currentTime = Math.max(t - 5, 0); }
    else if (e.key === 'f') { const next = fillers.find(s => s > t + 0.05); if (next !== undefined) seek(next); }
    else if (e.key === 'n') {
      const here = parts.filter(p => p[1] <= t + 0.05).pop();
      const next = parts.find(p => p[1] > t + 0.05 && (!here || p[0] !== here[0]));
      if (next) seek(next[1]);
    }
  });
})();
"""
