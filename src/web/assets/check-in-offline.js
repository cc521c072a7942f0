// Offline check-in for the gate scanner: the signed snapshot, signature checks with the public
// key (WebCrypto, ECDSA P-256), the local judgement and the IndexedDB queue. No network here.

const SIGNATURE_BYTES = 64;
const SIGNED_CODE = /^[A-Za-z0-9_-]{86,120}$/;
const REGISTRATION_CODE = /^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/;

/** What a scanner read: the code from the ticket address, or a typed code (a registration's, or a guest's invitation's). */
export function readCode(raw) {
  let text = String(raw || '').trim();
  const at = text.lastIndexOf('/t/');
  if (at >= 0) text = text.slice(at + 3);
  text = text.split(/[?#]/)[0];
  if (SIGNED_CODE.test(text)) return { kind: 'signed', code: text };
  const typed = text.toUpperCase().replace(/\s+/g, '');
  if (REGISTRATION_CODE.test(typed)) return { kind: 'registration', code: typed };
  return { kind: 'unreadable' };
}

function fromBase64Url(text) {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function fromBase64(text) {
  return fromBase64Url(text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
}

export function importPublicKey(spkiBase64) {
  return crypto.subtle.importKey('spki', fromBase64(spkiBase64), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
}

function verifyBytes(key, signature, data) {
  return crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, signature, data);
}

/**
 * The claims of a genuine signed code: a registration's ticket (format 1: edition, registration,
 * generation) or an invited guest's badge (format 2: edition, guest, generation); null otherwise.
 */
export async function verifyCode(key, code) {
  const bytes = fromBase64Url(code);
  if (bytes.length <= SIGNATURE_BYTES + 1) return null;
  const payload = bytes.subarray(0, bytes.length - SIGNATURE_BYTES);
  const signature = bytes.subarray(bytes.length - SIGNATURE_BYTES);
  if (!(await verifyBytes(key, signature, payload))) return null;
  const format = payload[0];
  if (format !== 1 && format !== 2) return null;
  const values = [];
  let at = 1;
  while (values.length < 3 && at < payload.length) {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = payload[at++];
      if (byte === undefined) return null;
      value += (byte & 0x7f) * scale;
      scale *= 128;
      if (!(byte & 0x80)) break;
    }
    values.push(value);
  }
  if (values.length !== 3 || at !== payload.length) return null;
  if (format === 2) return { editionId: values[0], guestId: values[1], generation: values[2] };
  return { editionId: values[0], registrationId: values[1], generation: values[2] };
}

/**
 * A gate's snapshot, checked against its signature before it is believed: a list altered on the
 * phone would admit whoever was added to it.
 */
export async function openSnapshot(stored) {
  const key = await importPublicKey(stored.publicKey);
  const genuine = await verifyBytes(key, fromBase64Url(stored.signature), new TextEncoder().encode(stored.payload));
  if (!genuine) return null;
  const data = JSON.parse(stored.payload);
  const byId = new Map();
  const byCode = new Map();
  const byGuestId = new Map();
  // `key` names the holder in the admissions: a registration by its id, a guest as g<id>.
  for (const [id, generation, code, name, organization, tierId, sessions] of data.tickets) {
    const ticket = { id, key: String(id), generation, code, name, organization, tierId, sessions };
    byId.set(id, ticket);
    byCode.set(code, ticket);
  }
  for (const [id, generation, name, organization, tierId, sessions, typedCode] of data.guests || []) {
    const badge = { id, key: `g${id}`, generation, code: null, name, organization, tierId, sessions };
    byGuestId.set(id, badge);
    // The invitation's code, typed at the door: a registration's of the same code comes first, as on the server.
    if (typedCode && !byCode.has(typedCode)) byCode.set(typedCode, badge);
  }
  const tiers = new Map(data.tiers.map(([id, name, nameEn, color]) => [id, { name, nameEn, color }]));
  const admitted = new Map(data.admitted.map(([id, scope, at, gate, by]) => [`${id}|${scope}`, { at, gate, by }]));
  for (const [id, scope, at, gate, by] of data.admittedGuests || []) admitted.set(`g${id}|${scope}`, { at, gate, by });
  const sessions = new Map(data.sessions.map(([id, title, titleEn]) => [id, { title, titleEn }]));
  return { key, data, byId, byCode, byGuestId, tiers, admitted, sessions, count: data.tickets.length + byGuestId.size, issuedAt: data.issuedAt };
}

/**
 * The answer the server would give, from the snapshot and this device's own scans: admitted,
 * already (here or before the snapshot), not for this gate, replaced by a reprint, or unknown.
 * A registration's ticket and an invited guest's badge alike.
 */
export async function judgeOffline(snapshot, raw, here) {
  const read = readCode(raw);
  let ticket = null;
  let generation = null;
  if (read.kind === 'signed') {
    const claims = await verifyCode(snapshot.key, read.code);
    if (!claims || claims.editionId !== snapshot.data.editionId) return { outcome: 'unknown', queue: false };
    ticket = (claims.guestId !== undefined ? snapshot.byGuestId.get(claims.guestId) : snapshot.byId.get(claims.registrationId)) || null;
    generation = claims.generation;
    // Genuine, of this edition, but not on this gate's list: not admitted here (or no longer valid).
    if (!ticket) return { outcome: 'wrong_session', queue: true };
  } else if (read.kind === 'registration') {
    ticket = snapshot.byCode.get(read.code) || null;
    if (!ticket) return { outcome: 'unknown', queue: true };
  } else {
    return { outcome: 'unknown', queue: false };
  }
  const person = { name: ticket.name, organization: ticket.organization, credential: snapshot.tiers.get(ticket.tierId) || null, holder: ticket.code === null ? 'guest' : 'registration' };
  if (generation !== null && generation < ticket.generation) return { outcome: 'replaced', queue: true, ...person };
  const gate = snapshot.data.gate;
  const scopes = gate.sessionIds ? ticket.sessions.map((id) => ({ scope: `s${id}`, session: snapshot.sessions.get(id) })) : [{ scope: 'e', session: null }];
  const open = scopes.find((s) => !snapshot.admitted.has(`${ticket.key}|${s.scope}`)) || null;
  if (!open) {
    const first = snapshot.admitted.get(`${ticket.key}|${scopes[0].scope}`);
    return { outcome: 'already', queue: true, first, session: scopes[0].session, ...person };
  }
  const key = `${ticket.key}|${open.scope}`;
  const first = { at: new Date().toISOString(), gate: gate.name, by: here };
  snapshot.admitted.set(key, first);
  return { outcome: 'admitted', queue: true, session: open.session, local: { key, first }, ...person };
}

// IndexedDB: the snapshot per gate and the scans waiting to be synced.
function openDb() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('huiwu-check-in', 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('queue', { keyPath: 'clientScanId' });
      request.result.createObjectStore('snapshots', { keyPath: 'gateId' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run(store, mode, work) {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, mode);
    const result = work(tx.objectStore(store));
    tx.oncomplete = () => {
      db.close();
      resolve(result && 'result' in result ? result.result : undefined);
    };
    tx.onerror = () => reject(tx.error);
  });
}

export const queue = {
  add: (scan) => run('queue', 'readwrite', (store) => store.put(scan)),
  all: () => run('queue', 'readonly', (store) => store.getAll()),
  remove: (ids) => run('queue', 'readwrite', (store) => ids.forEach((id) => store.delete(id))),
};

export const snapshots = {
  put: (gateId, snapshot) => run('snapshots', 'readwrite', (store) => store.put({ gateId, ...snapshot })),
  get: (gateId) => run('snapshots', 'readonly', (store) => store.get(gateId)),
};

/** The snapshot's ticket a signed code or typed registration code names (a guest's badge too); null if none. */
export async function ticketOf(snapshot, raw) {
  const read = readCode(raw);
  if (read.kind === 'registration') return snapshot.byCode.get(read.code) || null;
  if (read.kind !== 'signed') return null;
  const claims = await verifyCode(snapshot.key, read.code);
  if (!claims) return null;
  return (claims.guestId !== undefined ? snapshot.byGuestId.get(claims.guestId) : snapshot.byId.get(claims.registrationId)) || null;
}
