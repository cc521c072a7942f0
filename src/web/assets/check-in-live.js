// The supervisor's view and the big screen: counts pushed by the server (server-sent events).
const root = document.getElementById('live');
const words = JSON.parse(document.getElementById('scanner-words').textContent);
const say = (key, values = {}) => (words[key] || key).replace(/\{(\w+)\}/g, (_, name) => (name in values ? String(values[name]) : `{${name}}`));
const el = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';

function rows(tbody, items, cells) {
  if (!tbody) return;
  tbody.replaceChildren(
    ...items.map((item) => {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = cells[0](item);
      const td = document.createElement('td');
      td.className = 'num';
      td.textContent = cells[1](item);
      tr.append(th, td);
      return tr;
    }),
  );
}

function arrivals(svg, slots) {
  if (!svg) return;
  svg.replaceChildren();
  if (!slots.length) return;
  const max = Math.max(...slots.map((s) => s.count));
  const width = 600 / Math.max(slots.length, 12);
  slots.forEach((slot, i) => {
    const height = Math.max(2, (slot.count / max) * 130);
    const bar = document.createElementNS(SVG, 'rect');
    bar.setAttribute('x', String(i * width + 2));
    bar.setAttribute('y', String(140 - height));
    bar.setAttribute('width', String(Math.max(1, width - 4)));
    bar.setAttribute('height', String(height));
    bar.setAttribute('class', 'arrival-bar');
    const title = document.createElementNS(SVG, 'title');
    title.textContent = `${new Date(slot.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}: ${slot.count}`;
    bar.append(title);
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', String(i * width + width / 2));
    label.setAttribute('y', '156');
    label.setAttribute('class', 'arrival-label');
    label.textContent = new Date(slot.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    svg.append(bar, label);
  });
}

function duplicates(list, counts) {
  const title = el('live-duplicate-title');
  if (title) title.textContent = say('liveDuplicates', { n: counts.duplicateCount });
  if (!list) return;
  if (!counts.duplicates.length) {
    const li = document.createElement('li');
    li.className = 'empty';
    li.textContent = say('liveNoDuplicates');
    list.replaceChildren(li);
    return;
  }
  list.replaceChildren(
    ...counts.duplicates.map((d) => {
      const li = document.createElement('li');
      li.className = `duplicate${d.offline ? ' duplicate-offline' : ''}`;
      li.dataset.code = d.code;
      const name = document.createElement('strong');
      name.textContent = d.name;
      const when = new Date(d.scannedAt).toLocaleTimeString();
      const first = d.first ? ` — ${say('liveFirst', { at: new Date(d.first.at).toLocaleTimeString(), gate: d.first.gate, by: d.first.by })}` : '';
      li.append(name, ` ${d.code} · ${d.gate} · ${when} · ${d.by}${d.offline ? ` · ${say('liveOfflineDuplicate')}` : ''}${first}`);
      return li;
    }),
  );
}

function update(counts) {
  el('live-arrived').textContent = String(counts.arrived);
  el('live-expected').textContent = String(counts.expected);
  rows(el('live-sessions'), counts.sessions, [(s) => s.title, (s) => `${s.admitted} / ${s.expected}`]);
  rows(el('live-gates'), counts.gates, [(g) => g.name, (g) => String(g.admitted)]);
  arrivals(el('live-arrivals'), counts.arrivals);
  duplicates(el('live-duplicates'), counts);
  el('live-updated').textContent = say('liveUpdated', { at: new Date(counts.at).toLocaleTimeString() });
  root.dataset.arrived = String(counts.arrived);
  root.dataset.duplicates = String(counts.duplicateCount);
}

const source = new EventSource(`/check-in/editions/${root.dataset.edition}/live`);
source.addEventListener('counts', (event) => update(JSON.parse(event.data)));
