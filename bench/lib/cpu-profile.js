'use strict';
// Reads a V8 .cpuprofile (what `node --cpu-prof` writes) and tells where the time went in a
// window of it: the frames with the most self time, and the same time summed by where the code
// lives (a package under node_modules, the app's dist/src/<module>, or Node's own internals).

/** Per node id: the node, and its parent (the .cpuprofile lists children only). */
function indexNodes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  return { byId, parent };
}

/** Sample times in ms since the profile began, with the node each sample landed in. */
function samplesOf(profile) {
  const out = [];
  let t = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    out.push({ ms: t / 1000, node: profile.samples[i], dt: (profile.timeDeltas[i + 1] ?? 0) / 1000 });
  }
  return out;
}

/** Where a frame's code lives: `fastify`, `@nestjs/core`, `src/check-in`, `node:internal`… */
function placeOf(url) {
  if (!url) return '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const dist = url.indexOf('/dist/');
  if (dist >= 0) return url.slice(dist + '/dist/'.length).split('/').slice(0, 2).join('/');
  if (url.startsWith('node:')) return url.split('/')[0];
  return url.replace(/^file:\/\//, '');
}

function frameName(node) {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url ? url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, '').replace(/^file:\/\//, '') : '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
}

/**
 * The window [fromMs, toMs] of the profile: busy ms (idle and GC named apart), the top `limit`
 * frames by self time and the time by place, each as ms and as a share of the busy time.
 */
function summarize(profile, { fromMs = 0, toMs = Infinity, limit = 15 } = {}) {
  const { byId } = indexNodes(profile);
  const self = new Map();
  const places = new Map();
  let total = 0;
  let idle = 0;
  let gc = 0;
  for (const sample of samplesOf(profile)) {
    if (sample.ms < fromMs || sample.ms > toMs) continue;
    const node = byId.get(sample.node);
    const name = node.callFrame.functionName;
    if (name === '(idle)') {
      idle += sample.dt;
      continue;
    }
    total += sample.dt;
    if (name === '(garbage collector)') gc += sample.dt;
    const frame = frameName(node);
    self.set(frame, (self.get(frame) ?? 0) + sample.dt);
    const place = placeOf(node.callFrame.url);
    places.set(place, (places.get(place) ?? 0) + sample.dt);
  }
  const top = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, ms]) => ({ name, ms: Math.round(ms), share: total ? ms / total : 0 }));
  return { busyMs: Math.round(total), idleMs: Math.round(idle), gcMs: Math.round(gc), frames: top(self), places: top(places) };
}

/** The summary as text lines for a terminal or a note. */
function formatSummary(title, summary) {
  const pct = (share) => `${(100 * share).toFixed(1).padStart(5)} %`;
  return [
    `${title}: ${summary.busyMs} ms busy, ${summary.idleMs} ms idle, GC ${summary.gcMs} ms`,
    '  self time by frame:',
    ...summary.frames.map((f) => `  ${pct(f.share)}  ${f.name}`),
    '  self time by place:',
    ...summary.places.map((p) => `  ${pct(p.share)}  ${p.name}`),
  ].join('\n');
}

module.exports = { summarize, formatSummary, placeOf };
