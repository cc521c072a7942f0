// Drag to reorder the organizations of one role (the organizers' roles editor). Without this
// script the up/down buttons do the same; with it, a drop posts the role's whole new order to
// the list's data-reorder address (the same page route the buttons' service call uses).

const csrfToken = () => document.querySelector('input[name="_csrf"]')?.value ?? '';

function keysOf(list) {
  return [...list.querySelectorAll(':scope > li[data-key]')].map((item) => item.dataset.key);
}

async function saveOrder(list, before) {
  const body = new URLSearchParams({ _csrf: csrfToken(), role: list.dataset.role, order: keysOf(list).join(',') });
  list.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch(list.dataset.reorder, { method: 'POST', body, credentials: 'same-origin' });
    // Saved (the answer is the editor again, with its notice) or refused (a stale page): either
    // way the page the server answered is the truth to show.
    window.location.assign(response.ok ? response.url : window.location.pathname);
  } catch {
    list.removeAttribute('aria-busy');
    for (const key of before) list.append(list.querySelector(`:scope > li[data-key="${CSS.escape(key)}"]`));
  }
}

function enable(list) {
  list.classList.add('is-draggable');
  let dragged = null;
  let before = [];
  for (const item of list.querySelectorAll(':scope > li[data-key]')) {
    item.draggable = true;
    item.addEventListener('dragstart', (event) => {
      dragged = item;
      before = keysOf(list);
      item.classList.add('is-dragging');
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', item.dataset.key);
    });
    item.addEventListener('dragend', () => item.classList.remove('is-dragging'));
  }
  list.addEventListener('dragover', (event) => {
    if (!dragged) return;
    event.preventDefault();
    const over = event.target.closest('li[data-key]');
    if (!over || over === dragged || over.parentElement !== list) return;
    const box = over.getBoundingClientRect();
    over.parentElement.insertBefore(dragged, event.clientY > box.top + box.height / 2 ? over.nextSibling : over);
  });
  list.addEventListener('drop', (event) => {
    if (!dragged) return;
    event.preventDefault();
    const moved = keysOf(list).join(',') !== before.join(',');
    dragged = null;
    if (moved) void saveOrder(list, before);
  });
}

for (const list of document.querySelectorAll('ol[data-reorder]')) enable(list);
