// The reports page of VMS Flow: sign in with an API key, choose a report and a range of days, see its first rows
// and download it whole as CSV. Everything comes from the gateway's API (GET /v1/reports, GET /v1/clients,
// GET /v1/clients/{clientId}/reports/{name}[/preview]); errors are shown in words from the API's error shape.
'use strict';

(function () {
  const KEY_STORE = 'vmsflow.reports.apiKey';
  const PREVIEW_ROWS = 50;
  const DEFAULT_DAYS = 30;
  const NUMBERS = ['AMOUNT', 'INTEGER'];

  const $ = (id) => document.getElementById(id);
  const ui = {
    who: $('who'), whoText: $('who-text'), signOut: $('sign-out'),
    signIn: $('sign-in'), signInForm: $('sign-in-form'), signInError: $('sign-in-error'), apiKey: $('api-key'),
    signInButton: $('sign-in-button'),
    reports: $('reports'), form: $('report-form'), client: $('client'), clientFixed: $('client-fixed'),
    report: $('report'), reportDescription: $('report-description'), from: $('from'), to: $('to'),
    maxDays: $('max-days'), show: $('show'), download: $('download'),
    error: $('error'), status: $('status'),
    previewWrap: $('preview-wrap'), preview: $('preview'), caption: $('preview-caption'),
  };

  /** Who signed in: the key, and GET /v1/reports' answer (role, clientId, maxDays, reports). */
  let session = null;

  // --- the API -------------------------------------------------------------------------------------------------

  /** An answer the API refused, or no answer at all (status 0). */
  class ApiError extends Error {
    constructor(status, body, retryAfter) {
      super(body && body.message ? body.message : 'HTTP ' + status);
      this.status = status;
      this.body = body || {};
      this.retryAfter = retryAfter;
    }
  }

  async function call(path, key, accept) {
    let response;
    try {
      response = await fetch(path, {
        headers: { Authorization: 'Bearer ' + key, Accept: accept || 'application/json' },
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch (e) {
      throw new ApiError(0, { message: String(e && e.message ? e.message : e) });
    }
    if (!response.ok) {
      let body = null;
      try {
        body = await response.json();
      } catch (e) {
        body = null;
      }
      throw new ApiError(response.status, body, response.headers.get('Retry-After'));
    }
    return response;
  }

  async function getJson(path, key) {
    return (await call(path, key)).json();
  }

  function reportPath(choice, suffix, query) {
    const params = new URLSearchParams({ from: choice.from, to: choice.to });
    Object.entries(query || {}).forEach(([name, value]) => params.set(name, value));
    return '/v1/clients/' + encodeURIComponent(choice.client) + '/reports/' + encodeURIComponent(choice.report)
      + (suffix || '') + '?' + params.toString();
  }

  // --- errors in words -----------------------------------------------------------------------------------------

  const FIELD_LABELS = { from: 'From', to: 'To', limit: 'The number of rows' };

  /** The sentence a person reads for a refused call; choice is what was asked for, when a report was. */
  function explain(error, choice) {
    const code = error.body.code;
    const message = error.body.message || '';
    if (error.status === 0) {
      return 'The server could not be reached (' + message + '). Check the connection and try again.';
    }
    if (error.status === 401 || code === 'UNAUTHENTICATED') {
      return 'The API key was not accepted: it is wrong, expired or revoked. Sign in with a valid key.';
    }
    if (error.status === 403 || code === 'FORBIDDEN') {
      return 'This key may not read reports: only SELLER and SUPPORT keys may. (' + message + ')';
    }
    if (code === 'VALIDATION_FAILED') {
      const details = error.body.details || {};
      const problems = Object.keys(details).map((field) => (FIELD_LABELS[field] || field) + ' ' + details[field]
        + '.');
      return 'The range of days is not valid. ' + (problems.length ? problems.join(' ') : message);
    }
    if (code === 'NOT_FOUND' && choice && session && session.catalog.clientId
        && choice.client !== session.catalog.clientId) {
      return 'This key cannot read the reports of client ' + choice.client + ': a ' + session.catalog.role
        + ' key reads only the reports of its own client, ' + session.catalog.clientId + '.';
    }
    if (code === 'NOT_FOUND') {
      return 'Not found: ' + message + '.';
    }
    if (error.status === 429) {
      return 'Too many requests with this key; wait ' + (error.retryAfter ? error.retryAfter + ' seconds'
        : 'a moment') + ' and try again.';
    }
    if (error.status >= 500) {
      return 'The server failed to answer (' + (code || 'HTTP ' + error.status) + (message ? ': ' + message : '')
        + '). Try again later.';
    }
    return message + (code ? ' (' + code + ')' : ' (HTTP ' + error.status + ')');
  }

  function showError(box, text) {
    box.textContent = text;
    box.hidden = false;
  }

  function clearError(box) {
    box.textContent = '';
    box.hidden = true;
  }

  /** A refusal of a signed-in call: a key that stopped working sends the person back to sign in. */
  function refused(error, what, choice) {
    const words = explain(error, choice);
    if (error.status === 401) {
      signOut();
      showError(ui.signInError, words);
      ui.apiKey.focus();
      return;
    }
    setStatus('');
    showError(ui.error, what + ': ' + words);
  }

  // --- signing in and out ----------------------------------------------------------------------------------------

  // Each sign-in or sign-out starts a new generation: a sign-in still under way when the person signs out is dropped.
  let generation = 0;

  async function signIn(key) {
    const mine = ++generation;
    const catalog = await getJson('/v1/reports', key);
    let clients = [];
    if (catalog.role === 'SUPPORT') {
      clients = await getJson('/v1/clients', key);
    }
    if (mine !== generation) {
      return;
    }
    sessionStorage.setItem(KEY_STORE, key);
    session = { key: key, catalog: catalog, clients: clients };
    render();
  }

  function signOut() {
    generation++;
    sessionStorage.removeItem(KEY_STORE);
    session = null;
    ui.who.hidden = true;
    ui.reports.hidden = true;
    ui.signIn.hidden = false;
    ui.previewWrap.hidden = true;
    clearError(ui.error);
    setStatus('');
  }

  function render() {
    const catalog = session.catalog;
    ui.whoText.textContent = 'Signed in with a ' + catalog.role + ' key'
      + (catalog.clientId ? ' of ' + catalog.clientId : ' (all clients)');
    ui.who.hidden = false;
    ui.signIn.hidden = true;
    clearError(ui.signInError);
    ui.reports.hidden = false;
    ui.maxDays.textContent = String(catalog.maxDays);

    const wanted = new URLSearchParams(location.search);
    if (catalog.role === 'SUPPORT') {
      fill(ui.client, session.clients.map((c) => [c.clientId, c.clientId + ' · ' + c.name]));
      ui.client.hidden = false;
      ui.clientFixed.hidden = true;
    } else {
      // A link may name a client; a key of another client is then told, in words, that it cannot read it.
      const client = wanted.get('client') || catalog.clientId;
      fill(ui.client, [[client, client]]);
      ui.client.hidden = true;
      ui.clientFixed.textContent = client;
      ui.clientFixed.hidden = false;
    }
    fill(ui.report, catalog.reports.map((r) => [r.name, r.title]));
    select(ui.client, wanted.get('client'));
    select(ui.report, wanted.get('report'));
    describeReport();

    const today = todayInIndia();
    ui.to.value = wanted.get('to') || today;
    ui.from.value = wanted.get('from') || addDays(today, 1 - DEFAULT_DAYS);
    ui.report.focus();
    if (wanted.get('report')) {
      showRows();
    }
  }

  function fill(selectBox, options) {
    selectBox.replaceChildren(...options.map(([value, label]) => {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = label;
      return option;
    }));
  }

  function select(selectBox, value) {
    if (value && Array.from(selectBox.options).some((o) => o.value === value)) {
      selectBox.value = value;
    }
  }

  function describeReport() {
    const report = chosenReport();
    ui.reportDescription.textContent = report ? report.description : '';
  }

  // --- a report: its first rows, and the whole of it as CSV ------------------------------------------------------

  function chosenReport() {
    return session.catalog.reports.find((r) => r.name === ui.report.value);
  }

  function choice() {
    return { client: ui.client.value, report: ui.report.value, from: ui.from.value, to: ui.to.value };
  }

  /** Keeps the choice in the address, so that the page can be bookmarked or sent to someone as a link. */
  function remember(c) {
    const params = new URLSearchParams({ client: c.client, report: c.report, from: c.from, to: c.to });
    if (session.catalog.clientId === c.client) {
      params.delete('client');
    }
    history.replaceState(null, '', location.pathname + '?' + params.toString());
  }

  async function showRows() {
    const c = choice();
    const report = chosenReport();
    clearError(ui.error);
    remember(c);
    setBusy(true);
    setStatus('Reading ' + report.title + '…');
    try {
      const preview = await getJson(reportPath(c, '/preview', { limit: PREVIEW_ROWS }), session.key);
      drawTable(report, preview, c);
    } catch (e) {
      ui.previewWrap.hidden = true;
      if (!(e instanceof ApiError)) {
        throw e;
      }
      refused(e, 'Could not show the report', c);
    } finally {
      setBusy(false);
    }
  }

  function drawTable(report, preview, c) {
    const head = document.createElement('tr');
    report.columns.forEach((column) => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = column.name;
      if (NUMBERS.includes(column.kind)) {
        th.className = 'number';
      }
      head.appendChild(th);
    });
    ui.preview.tHead.replaceChildren(head);
    ui.preview.tBodies[0].replaceChildren(...preview.rows.map((row) => {
      const tr = document.createElement('tr');
      report.columns.forEach((column) => {
        const td = document.createElement('td');
        td.textContent = cell(column, row[column.name]);
        if (NUMBERS.includes(column.kind)) {
          td.className = 'number';
        }
        tr.appendChild(td);
      });
      return tr;
    }));
    ui.caption.textContent = report.title + ' · ' + c.client + ' · ' + preview.from + ' to ' + preview.to;
    ui.previewWrap.hidden = preview.rows.length === 0;
    const total = preview.rowCount;
    setStatus(total === 0 ? 'No rows on these days.'
      : total <= preview.rows.length ? (total === 1 ? '1 row.' : 'All ' + count(total) + ' rows.')
        : 'The first ' + count(preview.rows.length) + ' of ' + count(total) + ' rows. Download the CSV for all.');
    // The count as a number, for tools and tests; set after the status, which clears it.
    ui.status.dataset.rowCount = String(total);
  }

  /** A cell as the CSV has it, but for lists, which read better with a space after each semicolon. */
  function cell(column, value) {
    if (value === null || value === undefined) {
      return '';
    }
    switch (column.kind) {
      case 'TEXT_LIST': return value.join('; ');
      case 'AMOUNT': return Number(value).toFixed(2);
      default: return String(value);
    }
  }

  async function download() {
    const c = choice();
    clearError(ui.error);
    remember(c);
    setBusy(true);
    setStatus('Preparing the CSV…');
    try {
      const response = await call(reportPath(c), session.key, 'text/csv');
      const blob = await response.blob();
      const name = fileName(response.headers.get('Content-Disposition'))
        || c.report + '_' + c.client + '_' + c.from + '_' + c.to + '.csv';
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = name;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60000);
      setStatus('Downloaded ' + name + ' (' + size(blob.size) + ').');
    } catch (e) {
      if (e instanceof ApiError) {
        refused(e, 'Could not download the report', c);
      } else {
        setStatus('');
        showError(ui.error, 'Could not download the report: the download was cut short (' + e.message
          + '). Try again.');
      }
    } finally {
      setBusy(false);
    }
  }

  function fileName(disposition) {
    const match = /filename="([^"]+)"/.exec(disposition || '');
    return match ? match[1] : null;
  }

  // --- small things ----------------------------------------------------------------------------------------------

  function setBusy(busy) {
    ui.show.disabled = busy;
    ui.download.disabled = busy;
    ui.reports.setAttribute('aria-busy', String(busy));
  }

  /** Any new status is about something else than the rows last shown: their count goes with it. */
  function setStatus(text) {
    ui.status.textContent = text;
    delete ui.status.dataset.rowCount;
  }

  function count(n) {
    return n.toLocaleString('en-IN');
  }

  function size(bytes) {
    return bytes < 1024 ? bytes + ' bytes' : bytes < 1048576 ? (bytes / 1024).toFixed(1) + ' kB'
      : (bytes / 1048576).toFixed(1) + ' MB';
  }

  /** Today's date in India, where the reports count their days. */
  function todayInIndia() {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Kolkata', year: 'numeric', month: '2-digit', day: '2-digit',
    }).formatToParts(new Date());
    const part = (type) => parts.find((p) => p.type === type).value;
    return part('year') + '-' + part('month') + '-' + part('day');
  }

  function addDays(isoDate, days) {
    const date = new Date(isoDate + 'T00:00:00Z');
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
  }

  // --- wiring ------------------------------------------------------------------------------------------------------

  ui.signInForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearError(ui.signInError);
    const key = ui.apiKey.value.trim();
    if (!key) {
      showError(ui.signInError, 'Enter an API key.');
      ui.apiKey.focus();
      return;
    }
    ui.signInButton.disabled = true;
    try {
      await signIn(key);
      ui.apiKey.value = '';
    } catch (e) {
      if (!(e instanceof ApiError)) {
        throw e;
      }
      showError(ui.signInError, 'Could not sign in: ' + explain(e));
      ui.apiKey.focus();
    } finally {
      ui.signInButton.disabled = false;
    }
  });

  ui.signOut.addEventListener('click', () => {
    signOut();
    history.replaceState(null, '', location.pathname);
    ui.apiKey.focus();
  });

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    showRows();
  });
  ui.download.addEventListener('click', download);
  ui.report.addEventListener('change', describeReport);

  // A key kept from earlier in this tab signs in again; one that stopped working asks for another.
  const kept = sessionStorage.getItem(KEY_STORE);
  if (kept) {
    signIn(kept).catch((e) => {
      signOut();
      if (e instanceof ApiError) {
        showError(ui.signInError, 'Could not sign in: ' + explain(e));
      }
    });
  }
}());
