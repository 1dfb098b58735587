// Saved searches with alerts, and signing in with the API token (exchanged for an HttpOnly cookie).
import { api, clear, fmtDate, h, message, num, t } from './dom.js';
import { filterName } from './route.js';

let session = null;
async function getSession() {
  session ??= await api('/api/session');
  return session;
}

export async function renderAccess(root) {
  const s = await getSession().catch(() => null);
  clear(root);
  if (!s?.writesEnabled) {
    root.append(
      h(
        'span',
        {
          class: 'muted',
          title: t('readOnlyHint', 'Start the server with LABOURWATCH_API_TOKEN to enable saved searches'),
        },
        t('readOnly', 'read-only'),
      ),
    );
    return;
  }
  if (s.authenticated) {
    root.append(
      h('span', { class: 'muted' }, t('signedIn', 'signed in'), ' '),
      h('a', { href: '/admin/queues', class: 'btn small ghost' }, t('queues', 'Queues')),
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
        t('signOut', 'Sign out'),
      ),
    );
    return;
  }
  const input = h('input', {
    type: 'password',
    placeholder: t('apiToken', 'API token'),
    'aria-label': t('apiToken', 'API token'),
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
          input.placeholder = t('wrongToken', 'wrong token');
        }
      },
    },
    input,
    h('button', { type: 'submit', class: 'btn small' }, t('signIn', 'Sign in')),
  );
  root.append(form);
}

const describe = (params) =>
  Object.entries(params)
    .map(([k, v]) => `${filterName(k)}: ${Array.isArray(v) ? v.join(', ') : v}`)
    .join(' · ') || t('everything', 'everything');

export async function renderSaved(root, filters) {
  // saved searches are analysts' data: listed only to a signed-in client (the server answers 401 otherwise)
  const s = await getSession();
  const list = s.authenticated ? await api('/api/saved-searches') : { savedSearches: [] };
  clear(root);
  root.append(
    h('h2', { class: 'section flush' }, t('savedSearches', 'Saved searches')),
    h(
      'p',
      { class: 'muted' },
      t(
        'savedNote',
        'New incidents that match a saved search are sent by email and/or webhook, as the server is configured (LABOURWATCH_SMTP_URL, LABOURWATCH_WEBHOOK_URL).',
      ),
    ),
  );
  if (s.authenticated) {
    const name = h('input', {
      type: 'text',
      placeholder: t('savedNamePlaceholder', 'Name, e.g. Nepali workers in the Gulf'),
      required: true,
      maxlength: 120,
      'aria-label': t('savedNameLabel', 'Name of the saved search'),
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
        h('span', null, t('saveCurrentAs', 'Save the current search ({search}) as', { search: describe(params) }), ' '),
        name,
        h('button', { type: 'submit', class: 'btn' }, t('save', 'Save')),
      ),
    );
  } else {
    root.append(
      message(
        s.writesEnabled
          ? t('signInToSave', 'Sign in with the API token (top right) to save searches.')
          : t('savingNeedsToken', 'Saving searches needs the server to run with LABOURWATCH_API_TOKEN set.'),
      ),
    );
  }
  if (!list.savedSearches.length) {
    root.append(h('p', { class: 'muted' }, t('noSaved', 'No saved searches yet.')));
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
          h('th', null, t('colName', 'Name')),
          h('th', null, t('colSearch', 'Search')),
          h('th', null, t('colMatched', 'Matched')),
          h('th', null, t('colLastAlert', 'Last alert')),
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
            h('td', null, num(x.matched)),
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
                    t('delete', 'Delete'),
                  )
                : null,
            ),
          ),
        ),
      ),
    ),
  );
}
