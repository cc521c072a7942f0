// The gate scanner: camera (BarcodeDetector, else jsQR), a USB scanner typing into the code
// field, or a typed code. Online, each scan asks the server; without the network it is judged
// from the gate's signed snapshot and queued in IndexedDB until the server can take it.
import { judgeOffline, openSnapshot, queue, snapshots, ticketOf } from './check-in-offline.js';

const root = document.getElementById('scanner');
const words = JSON.parse(document.getElementById('scanner-words').textContent);
const gateId = Number(root.dataset.gate);
const csrf = (document.querySelector('input[name="_csrf"]') || {}).value || '';
const el = (id) => document.getElementById(id);
const say = (key, values = {}) => (words[key] || key).replace(/\{(\w+)\}/g, (_, name) => (name in values ? String(values[name]) : `{${name}}`));

// A device keeps its id across visits: the server tells its scans apart from other devices'.
const deviceId = (() => {
  const saved = localStorage.getItem('huiwu.check-in.device');
  if (saved) return saved;
  const made = `dev-${crypto.randomUUID().slice(0, 18)}`;
  localStorage.setItem('huiwu.check-in.device', made);
  return made;
})();

let snapshot = null;
let online = navigator.onLine;

function setOnline(value) {
  online = value;
  const status = el('net-status');
  status.textContent = say(value ? 'checkInOnline' : 'checkInOffline');
  status.className = `net ${value ? 'net-online' : 'net-offline'}`;
}

async function showQueue() {
  const waiting = (await queue.all()).filter((scan) => scan.gateId === gateId);
  el('queue-status').textContent = say('checkInQueued', { n: waiting.length });
  root.dataset.queued = String(waiting.length);
  return waiting;
}

function showSnapshot() {
  // On the phone's clock, as the scans' times are: the snapshot's issuedAt is a UTC instant, whose
  // own wall time reads eight hours early in Beijing.
  el('snapshot-status').textContent = snapshot ? say('checkInSnapshot', { n: snapshot.count, at: new Date(snapshot.issuedAt).toLocaleTimeString() }) : say('checkInNoSnapshot');
  root.dataset.snapshot = snapshot ? String(snapshot.count) : '0';
}

function show(answer, offline) {
  const box = el('answer');
  box.className = `answer answer-${answer.outcome}`;
  el('answer-word').textContent = say(`scan.${answer.outcome}`);
  el('answer-name').textContent = [answer.name, answer.organization].filter(Boolean).join(' · ');
  // An invited guest (嘉宾) is told apart at a glance: protocol staff receive them.
  const holder = el('answer-holder');
  holder.textContent = say('scan.guest');
  holder.hidden = answer.holder !== 'guest';
  let detail = answer.message || '';
  // The first scan's time as the phone's clock reads it (the server's words carry the instant in UTC, for programs).
  if (answer.outcome === 'already' && answer.first) {
    const at = new Date(answer.first.at).toLocaleTimeString();
    detail = offline ? say('scan.alreadyLocal', { at }) : say('scan.alreadyAt', { at, gate: answer.first.gate, by: answer.first.by });
  }
  if (answer.session) detail = [detail, answer.session.title || answer.session].filter(Boolean).join(' · ');
  el('answer-detail').textContent = offline ? `${detail} ${say('scan.offline')}`.trim() : detail;
  const credential = el('answer-credential');
  credential.textContent = answer.credential ? answer.credential.name : '';
  credential.style.backgroundColor = answer.credential ? answer.credential.color : '';
  credential.hidden = !answer.credential;
  box.dataset.outcome = answer.outcome;
  box.dataset.offline = offline ? 'true' : 'false';
  if (navigator.vibrate) navigator.vibrate(answer.outcome === 'admitted' ? 80 : [60, 60, 60]);
}

async function post(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-csrf-token': csrf, Accept: 'application/json' },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });
  const type = response.headers.get('content-type') || '';
  // Signed out or the form expired: the answer is a page, not JSON. Treated as not reaching the server.
  if (!type.includes('application/json')) throw new Error(`answer ${response.status}`);
  return { status: response.status, body: await response.json() };
}

async function loadSnapshot() {
  const stored = await snapshots.get(gateId);
  if (stored) snapshot = await openSnapshot(stored);
  showSnapshot();
  try {
    const response = await fetch(`/check-in/gates/${gateId}/snapshot`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) return;
    const fresh = await response.json();
    const opened = await openSnapshot(fresh);
    if (!opened) return;
    // This device's own scans since the snapshot still count as admitted.
    for (const scan of await queue.all()) if (scan.gateId === gateId && scan.local) opened.admitted.set(scan.local.key, scan.local.first);
    snapshot = opened;
    await snapshots.put(gateId, fresh);
    showSnapshot();
  } catch {
    setOnline(false);
  }
}

let busy = Promise.resolve();
let lastCamera = { code: '', at: 0 };

/** One scan, from any input; scans are judged one after the other, in the order taken. */
function scan(raw, source) {
  const code = String(raw || '').trim();
  if (!code) return;
  if (source === 'camera') {
    // A code held in front of the camera is read many times a second: once is a scan.
    if (code === lastCamera.code && Date.now() - lastCamera.at < 3000) return;
    lastCamera = { code, at: Date.now() };
  }
  busy = busy.then(() => judge(code)).catch(() => undefined);
}

async function judge(code) {
  const item = { code, scannedAt: new Date().toISOString(), clientScanId: crypto.randomUUID() };
  if (online || navigator.onLine) {
    try {
      const { status, body } = await post(`/check-in/gates/${gateId}/scans`, { ...item, deviceId });
      // 5xx: the server is there but cannot decide now (its database unavailable or busy). The
      // person at the door is judged here from the snapshot and the scan queued, as with the
      // network down; telling the staff "unreadable" would turn away a valid ticket.
      if (status < 500) {
        setOnline(true);
        if (status === 200) {
          show(body, false);
          await remember(body, code);
          return;
        }
        show({ outcome: 'unknown', message: say('scan.unreadable') }, false);
        return;
      }
      setOnline(false);
    } catch {
      setOnline(false);
    }
  }
  if (!snapshot) {
    await queue.add({ ...item, gateId });
    show({ outcome: 'unknown', message: say('checkInNoSnapshot') }, true);
    await showQueue();
    return;
  }
  const answer = await judgeOffline(snapshot, code, deviceId);
  if (answer.queue) {
    await queue.add({ ...item, gateId, local: answer.local || null, admittedOffline: answer.outcome === 'admitted' });
  }
  show(answer, true);
  await showQueue();
}

/** What the server admitted live also goes into the snapshot, so a later offline scan knows (a guest's badge too). */
async function remember(answer, code) {
  if (!snapshot || answer.outcome !== 'admitted') return;
  const ticket = await ticketOf(snapshot, code);
  if (!ticket) return;
  const gate = snapshot.data.gate;
  const scope = gate.sessionIds ? ticket.sessions.map((id) => `s${id}`).find((s) => !snapshot.admitted.has(`${ticket.key}|${s}`)) : 'e';
  if (scope) snapshot.admitted.set(`${ticket.key}|${scope}`, { at: new Date().toISOString(), gate: gate.name, by: answer.first ? answer.first.by : deviceId });
}

let syncing = false;
async function sync() {
  if (syncing) return;
  const waiting = await showQueue();
  if (!waiting.length) return;
  syncing = true;
  try {
    const { status } = await post(`/check-in/gates/${gateId}/sync`, {
      deviceId,
      scans: waiting.map(({ code, scannedAt, clientScanId, admittedOffline }) => ({ code, scannedAt, clientScanId, admittedOffline: admittedOffline !== false })),
    });
    // A 5xx keeps the queue for the next try, and the device judging offline meanwhile.
    setOnline(status < 500);
    // The server stores each scan once whatever happens next; a 400 would refuse the batch again.
    if (status === 200 || status === 400) await queue.remove(waiting.map((scan) => scan.clientScanId));
    root.dataset.synced = String(Number(root.dataset.synced || 0) + waiting.length);
  } catch {
    setOnline(false);
  } finally {
    syncing = false;
    await showQueue();
  }
}

// A USB (HID) scanner types the code and presses Enter: the form's submit.
el('code-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = el('code');
  scan(input.value, 'typed');
  input.value = '';
  input.focus();
});

async function decodeImage(source, width, height) {
  if ('BarcodeDetector' in window) {
    try {
      const found = await new window.BarcodeDetector({ formats: ['qr_code'] }).detect(source);
      if (found.length) return found[0].rawValue;
      return null;
    } catch {
      // Fall through to jsQR.
    }
  }
  if (!window.jsQR) return null;
  const scale = Math.min(1, 800 / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  const code = window.jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
  return code ? code.data : null;
}

let stream = null;
async function cameraLoop() {
  const video = el('camera');
  if (!stream) return;
  if (video.readyState >= 2 && video.videoWidth) {
    const text = await decodeImage(video, video.videoWidth, video.videoHeight).catch(() => null);
    if (text) scan(text, 'camera');
  }
  setTimeout(cameraLoop, 200);
}

el('camera-toggle').addEventListener('click', async () => {
  const video = el('camera');
  const button = el('camera-toggle');
  if (stream) {
    stream.getTracks().forEach((track) => track.stop());
    stream = null;
    video.hidden = true;
    button.textContent = say('checkInCamera');
    return;
  }
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    video.srcObject = stream;
    video.hidden = false;
    await video.play();
    button.textContent = say('checkInCameraStop');
    root.dataset.camera = 'on';
    cameraLoop();
  } catch (error) {
    show({ outcome: 'unknown', message: say('scan.noCamera', { reason: error && error.name ? error.name : String(error) }) }, false);
  }
});

el('photo').addEventListener('change', async (event) => {
  const file = event.target.files && event.target.files[0];
  if (!file) return;
  const bitmap = await createImageBitmap(file);
  const text = await decodeImage(bitmap, bitmap.width, bitmap.height);
  event.target.value = '';
  if (text) scan(text, 'photo');
  else show({ outcome: 'unknown', message: say('scan.unreadable') }, false);
});

el('sync-now').addEventListener('click', () => void sync());
window.addEventListener('online', () => {
  setOnline(true);
  void sync();
});
window.addEventListener('offline', () => setOnline(false));
setInterval(() => void sync(), 3000);

if ('serviceWorker' in navigator) navigator.serviceWorker.register('/check-in/sw.js', { scope: '/check-in/' }).catch(() => undefined);

setOnline(navigator.onLine);
await showQueue();
await loadSnapshot();
root.dataset.ready = 'true';
void sync();
