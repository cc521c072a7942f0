// The schedule board's hands: drag a card to another quarter hour or room, drag its lower edge
// to change its length, drop an unscheduled card on the grid, or move a focused card with the
// arrow keys (Shift+↑/↓ changes its length). Each move is saved at once by
// POST /admin/sessions/:id/placement (the API's session service and schedule rules); a refusal
// is shown beside the card, which stays where it was. Without this file the board still works:
// every card links to its session's form.
// Times are the edition's wall time ("2036-05-10T09:15"), computed as calendar arithmetic in
// UTC so that the browser's own time zone never enters.

const board = document.getElementById('board');
const status = document.getElementById('board-status');

if (board && status) {
  const SLOT = Number(board.dataset.slot) || 15;
  const UNSCHEDULED_LENGTH = 60;
  let busy = false;
  let drag = null;
  let swallowClick = false;

  const say = (text) => {
    // A fresh node each time, so a repeated message is announced again.
    status.textContent = '';
    window.setTimeout(() => { status.textContent = text; }, 30);
  };
  const words = (key, values = {}) => (board.dataset[key] || '').replace(/\{(\w+)\}/g, (_, name) => (values[name] ?? ''));

  const minutesBetween = (from, to) => (Date.parse(`${to}:00Z`) - Date.parse(`${from}:00Z`)) / 60000;
  const addMinutes = (wall, minutes) => new Date(Date.parse(`${wall}:00Z`) + minutes * 60000).toISOString().slice(0, 16);
  const snap = (wall) => addMinutes(wall, -(Number(wall.slice(14, 16)) % SLOT));

  const cardOf = (id) => board.querySelector(`.board-card[data-session="${id}"]`);
  const titleOf = (card) => card.querySelector('.title').textContent.trim();
  const roomIds = () => [...board.querySelectorAll('.board-grid thead th[data-room]')].map((th) => th.dataset.room).filter((r, i, all) => r !== 'none' && all.indexOf(r) === i);
  const roomName = (roomId) => {
    const th = board.querySelector(`.board-grid thead th[data-room="${roomId}"]`);
    return th ? th.textContent.trim() : words('sayNoRoom');
  };

  /** The quarter hour and room under a point of the screen, read off the rows' and the header's boxes. */
  function slotAt(x, y) {
    const element = document.elementFromPoint(x, y);
    const table = element && element.closest('table.board-grid');
    if (!table) return null;
    const row = [...table.tBodies[0].rows].find((r) => {
      const box = r.getBoundingClientRect();
      return y >= box.top && y < box.bottom;
    });
    const column = [...table.tHead.rows[0].cells].slice(1).find((c) => {
      const box = c.getBoundingClientRect();
      return x >= box.left && x < box.right;
    });
    return row && column ? { at: row.dataset.at, room: column.dataset.room, row, column } : null;
  }

  function showRefusal(card, message) {
    const place = card.querySelector('.board-card-error');
    place.textContent = message;
    place.hidden = false;
    card.classList.add('is-refused');
  }

  /** Saves a placement; on success redraws the board from the server and keeps the card focused. */
  async function place(card, placement) {
    if (busy) return;
    busy = true;
    card.setAttribute('aria-busy', 'true');
    const id = card.dataset.session;
    const title = titleOf(card);
    try {
      const response = await fetch(`/admin/sessions/${id}/placement`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': board.dataset.csrf },
        body: JSON.stringify(placement),
      });
      const answer = await response.json().catch(() => ({ message: words('sayFailed') }));
      if (!response.ok) {
        showRefusal(card, answer.message);
        say(words('sayRefused', { title, reason: answer.message }));
        return;
      }
      await redraw();
      const warnings = (answer.warnings || []).map((w) => w.message);
      const moved = words('sayMoved', {
        title,
        from: placement.startsAt.slice(11, 16),
        to: placement.endsAt.slice(11, 16),
        day: placement.startsAt.slice(0, 10),
        room: roomName(placement.roomId === null ? 'none' : placement.roomId),
      });
      say(warnings.length ? `${moved} ${words('sayWarned', { warnings: warnings.join('；') })}` : moved);
      const again = cardOf(id);
      if (again) again.focus();
    } catch (error) {
      showRefusal(card, words('sayFailed'));
      say(words('sayFailed'));
    } finally {
      busy = false;
      const still = cardOf(id);
      if (still) still.removeAttribute('aria-busy');
    }
  }

  /** The board as the server now draws it (conflict marks included), swapped in place. */
  async function redraw() {
    const response = await fetch(window.location.href, { credentials: 'same-origin', headers: { accept: 'text/html' } });
    const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('board');
    if (!fresh) return;
    board.dataset.csrf = fresh.dataset.csrf;
    board.replaceChildren(...[...fresh.childNodes].map((node) => document.importNode(node, true)));
  }

  function placementOf(card) {
    return { startsAt: card.dataset.starts, endsAt: card.dataset.ends, room: card.dataset.room };
  }

  const roomValue = (room) => (room === 'none' || room === '' ? null : Number(room));

  // — keyboard: ↑/↓ a quarter earlier or later, ←/→ the room before or after, Shift+↑/↓ shorter or longer.
  board.addEventListener('keydown', (event) => {
    const card = event.target;
    if (!(card instanceof HTMLElement) || !card.classList.contains('board-card')) return;
    if (!['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(event.key)) return;
    event.preventDefault();
    if (busy) return;
    const now = placementOf(card);
    if (!now.startsAt) {
      say(words('sayUnplaced', { title: titleOf(card) }));
      return;
    }
    const step = event.key === 'ArrowUp' ? -SLOT : event.key === 'ArrowDown' ? SLOT : 0;
    let { startsAt, endsAt, room } = now;
    if (event.shiftKey && step !== 0) {
      endsAt = addMinutes(endsAt, step);
      if (minutesBetween(startsAt, endsAt) < SLOT) return;
    } else if (step !== 0) {
      startsAt = addMinutes(startsAt, step);
      endsAt = addMinutes(endsAt, step);
    } else {
      const rooms = roomIds();
      const next = rooms.indexOf(room) + (event.key === 'ArrowLeft' ? -1 : 1);
      if (next < 0 || next >= rooms.length) return;
      room = rooms[next];
    }
    void place(card, { startsAt, endsAt, roomId: roomValue(room) });
  });

  // — pointer: a press on a card becomes a drag once it moves a few pixels (a plain click still opens the form).
  board.addEventListener('pointerdown', (event) => {
    if (event.button !== 0 || busy) return;
    const card = event.target.closest('.board-card');
    if (!card) return;
    const resizing = event.target.closest('.board-resize') !== null;
    const grabbed = slotAt(event.clientX, event.clientY);
    // Where in the card it was taken: the card's start keeps that distance from the pointer.
    const grip = card.dataset.starts && grabbed && !resizing ? Math.max(0, minutesBetween(card.dataset.starts, grabbed.at)) : 0;
    drag = { card, resizing, grip, x: event.clientX, y: event.clientY, moving: false, target: null };
    if (resizing) event.preventDefault();
  });

  document.addEventListener('pointermove', (event) => {
    if (!drag) return;
    if (!drag.moving && Math.hypot(event.clientX - drag.x, event.clientY - drag.y) < 6) return;
    if (!drag.moving) {
      drag.moving = true;
      drag.card.classList.add('is-dragging');
      document.body.classList.add('board-dragging');
    }
    event.preventDefault();
    const target = slotAt(event.clientX, event.clientY);
    board.querySelectorAll('.board-target').forEach((el) => el.classList.remove('board-target'));
    if (target) {
      target.row.classList.add('board-target');
      target.column.classList.add('board-target');
    }
    drag.target = target;
  });

  const endDrag = (event) => {
    if (!drag) return;
    const { card, resizing, grip, moving } = drag;
    const target = event.type === 'pointerup' ? slotAt(event.clientX, event.clientY) : null;
    drag = null;
    card.classList.remove('is-dragging');
    document.body.classList.remove('board-dragging');
    board.querySelectorAll('.board-target').forEach((el) => el.classList.remove('board-target'));
    if (!moving) return;
    swallowClick = true;
    window.setTimeout(() => { swallowClick = false; }, 0);
    if (!target) return;
    const now = placementOf(card);
    if (resizing) {
      let endsAt = addMinutes(target.at, SLOT);
      if (minutesBetween(now.startsAt, endsAt) < SLOT) endsAt = addMinutes(now.startsAt, SLOT);
      if (endsAt !== now.endsAt) void place(card, { startsAt: now.startsAt, endsAt, roomId: roomValue(now.room) });
      return;
    }
    const length = now.startsAt ? minutesBetween(now.startsAt, now.endsAt) : UNSCHEDULED_LENGTH;
    const startsAt = snap(addMinutes(target.at, -grip));
    const placement = { startsAt, endsAt: addMinutes(startsAt, length), roomId: roomValue(target.room) };
    if (placement.startsAt !== now.startsAt || String(placement.roomId ?? 'none') !== now.room) void place(card, placement);
  };
  document.addEventListener('pointerup', endDrag);
  document.addEventListener('pointercancel', endDrag);
  // Links and text would start the browser's own drag-and-drop and cancel ours.
  board.addEventListener('dragstart', (event) => event.preventDefault());
  // The click that ends a drag is not a click on the title link.
  board.addEventListener('click', (event) => {
    if (swallowClick) {
      event.preventDefault();
      event.stopPropagation();
    }
  }, true);

  board.classList.add('board-live');
}
