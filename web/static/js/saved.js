// Saved searches with alerts, and signing in with the API token (exchanged for an HttpOnly cookie).
import { api, clear, fmtDate, h, message } from './dom.js';

let session = null;
async function getSession() {
  session ??= await api('/api/session');
  return session;
}

export async function renderAccess(root) {
  const s = await getSession().catch(() => null);
  clear(root);
  if (!s || !s.writesEnabled) {
    root.append(
      h(
        'span',
        { class: 'muted', title: 'Start the server with LABOURWATCH_API_TOKEN to enable saved searches' },
        'read-only',
      ),
    );
    return;
  }
  if (s.authenticated) {
    root.append(
      h('span', { class: 'muted' }, 'signed in '),
      h('a', { href: '/admin/queues', class: 'btn small ghost' }, 'Queues'),
      h(
        'button',
        {
          type: 'button',
          class: 'btn small ghost',
          onclick: async () => {
            await api('/api/session', { method: 'DELETE' });
            session = null;
            renderAccess(root);
          },
        },
        'Sign out',
      ),
    );
    return;
  }
  const input = h('input', {
    type: 'password',
    placeholder: 'API token',
    'aria-label': 'API token',
    autocomplete: 'current-password',
  });
  const form = h(
    'form',
    {
      class: 'signin',
      onsubmit: async (e) => {
        e.preventDefault();
        try {
          await api('/api/session', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ token: input.value }),
          });
          session = null;
          renderAccess(root);
          window.dispatchEvent(new HashChangeEvent('hashchange'));
        } catch {
          input.value = '';
          input.placeholder = 'wrong token';
        }
      },
    },
    input,
    h('button', { type: 'submit', class: 'btn small' }, 'Sign in'),
  );
  root.append(form);
}

const describe = (params) =>
  Object.entries(params)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : v}`)
    .join(' · ') || 'everything';

export async function renderSaved(root, filters) {
  // saved searches are analysts' data: listed only to a signed-in client (the server answers 401 otherwise)
  const s = await getSession();
  const list = s.authenticated ? await api('/api/saved-searches') : { savedSearches: [] };
  clear(root);
  root.append(
    h('h2', { class: 'section flush' }, 'Saved searches'),
    h(
      'p',
      { class: 'muted' },
      'New incidents that match a saved search are sent by email and/or webhook, as the server is configured (LABOURWATCH_SMTP_URL, LABOURWATCH_WEBHOOK_URL).',
    ),
  );
  if (s.authenticated) {
    const name = h('input', {
      type: 'text',
      placeholder: 'Name, e.g. Nepali workers in the Gulf',
      required: true,
      maxlength: 120,
      'aria-label': 'Name of the saved search',
    });
    const params = Object.fromEntries([...new Set(filters.keys())].map((k) => [k, filters.getAll(k).join(',')]));
    root.append(
      h(
        'form',
        {
          class: 'save-form',
          onsubmit: async (e) => {
            e.preventDefault();
            try {
              await api('/api/saved-searches', {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ name: name.value, params }),
              });
              await renderSaved(root, filters);
            } catch (err) {
              root.append(message(err.message, 'error'));
            }
          },
        },
        h('span', null, `Save the current search (${describe(params)}) as `),
        name,
        h('button', { type: 'submit', class: 'btn' }, 'Save'),
      ),
    );
  } else {
    root.append(
      message(
        s.writesEnabled
          ? 'Sign in with the API token (top right) to save searches.'
          : 'Saving searches needs the server to run with LABOURWATCH_API_TOKEN set.',
      ),
    );
  }
  if (!list.savedSearches.length) {
    root.append(h('p', { class: 'muted' }, 'No saved searches yet.'));
    return;
  }
  root.append(
    h(
      'table',
      { class: 'facts-table saved' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', null, 'Name'),
          h('th', null, 'Search'),
          h('th', null, 'Matched'),
          h('th', null, 'Last alert'),
          h('th', null, ''),
        ),
      ),
      h(
        'tbody',
        null,
        list.savedSearches.map((x) =>
          h(
            'tr',
            null,
            h(
              'td',
              null,
              h(
                'a',
                {
                  href: `#/results?${new URLSearchParams(Object.entries(x.params).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]))}`,
                },
                x.name,
              ),
            ),
            h('td', null, describe(x.params)),
            h('td', null, x.matched),
            h('td', null, x.lastAlertAt ? fmtDate(x.lastAlertAt) : '—'),
            h(
              'td',
              null,
              s.authenticated
                ? h(
                    'button',
                    {
                      type: 'button',
                      class: 'btn small ghost',
                      onclick: async () => {
                        await api(`/api/saved-searches/${x.id}`, { method: 'DELETE' });
                        await renderSaved(root, filters);
                      },
                    },
                    'Delete',
                  )
                : null,
            ),
          ),
        ),
      ),
    ),
  );
}
