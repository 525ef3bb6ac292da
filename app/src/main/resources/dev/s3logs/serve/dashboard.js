// The dashboard page. Every string from the logs is untrusted: the DOM is built with
// textContent only, never innerHTML, so a user agent of <script> stays text.
'use strict';

const DIMENSIONS = ['bucket', 'operation', 'status', 'error_code', 'key', 'referrer',
  'client_ip', 'user_agent', 'requester'];
const TOPS = [['status', 'Status codes', 'status'], ['key', 'Top objects', 'key'],
  ['key404', 'Top 404 keys', 'key'], ['key403', 'Top 403 keys', 'key'],
  ['referrer', 'Top referrers', 'referrer'], ['client_ip', 'Top client IPs', 'client_ip'],
  ['user_agent', 'User agents', 'user_agent'], ['operation', 'Operations', 'operation'],
  ['requester', 'Requesters', 'requester'], ['bucket', 'Buckets', 'bucket']];

const state = { params: new URLSearchParams(location.search), page: 0, charts: {} };
state.params.delete('token');

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (cls) node.className = cls;
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

async function api(name, extra) {
  const query = new URLSearchParams(state.params);
  for (const [k, v] of Object.entries(extra || {})) query.set(k, v);
  const response = await fetch('/api/' + name + '?' + query, { credentials: 'same-origin' });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

// datetime-local shows and gives UTC here: the logs are in UTC, and so is the URL.
function toInput(iso) { return !iso ? '' : iso.length === 10 ? iso + 'T00:00' : iso.slice(0, 16); }
function fromInput(value) { return value ? value + (value.length === 16 ? ':00Z' : 'Z') : ''; }

function number(n) { return Number(n).toLocaleString('en-US'); }
function bytes(n) {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) { n /= 1024; i++; }
  return n.toFixed(i === 0 ? 0 : 1) + ' ' + units[i];
}
function percent(x) { return (x * 100).toFixed(2) + ' %'; }
function dollars(x) { return '$' + x.toFixed(4); }

function setParam(name, value) {
  if (value === '' || value === null || value === undefined) state.params.delete(name);
  else state.params.set(name, value);
  state.page = 0;
  history.replaceState(null, '', '?' + state.params);
  refresh();
}

function showFilters() {
  const box = clear(document.getElementById('filters'));
  for (const name of DIMENSIONS) {
    const value = state.params.get(name);
    if (value === null) continue;
    const chip = el('button', name + ' = ' + value + '  ×');
    chip.type = 'button';
    chip.title = 'remove this filter';
    chip.addEventListener('click', () => setParam(name, ''));
    box.appendChild(chip);
  }
}

function card(label, value, id) {
  const box = el('div', null, 'card');
  box.appendChild(el('div', label, 'label'));
  const v = el('div', value, 'value');
  v.id = id;
  box.appendChild(v);
  return box;
}

function showSummary(s) {
  const t = s.totals;
  const cards = clear(document.getElementById('totals'));
  cards.appendChild(card('Requests', number(t.requests), 'total-requests'));
  cards.appendChild(card('Bytes sent', bytes(t.bytesSent), 'total-bytes'));
  cards.appendChild(card('Error rate', percent(s.errorRate), 'total-error-rate'));
  cards.appendChild(card('Estimated cost', dollars(s.cost.total), 'total-cost'));
  rows(document.getElementById('latency'), ['', 'p50', 'p95', 'p99'], [
    ['Total time', ...p(s.latency.totalTime)],
    ['Turn-around time', ...p(s.latency.turnAroundTime)]]);
  rows(document.getElementById('cost'), ['', 'Count', 'Cost'], [
    ['Tier 1 requests (PUT, COPY, POST, LIST)', number(t.tier1Requests),
      dollars(s.cost.tier1Requests)],
    ['Tier 2 requests (GET and others)', number(t.tier2Requests), dollars(s.cost.tier2Requests)],
    ['Data sent', bytes(t.bytesSent), dollars(s.cost.transferOut)],
    ['Total', '', dollars(s.cost.total)]]);
  const pr = s.cost.prices;
  document.getElementById('prices').textContent = 'Prices: $' + pr.tier1Per1000
    + ' per 1,000 tier 1 requests, $' + pr.tier2Per1000 + ' per 1,000 tier 2 requests, $'
    + pr.perGbOut + ' per GB out (defaults: S3 Standard, us-east-1, from ' + s.priceSource
    + '; free tiers and CloudFront left out).';
}

function p(x) {
  return [x.p50, x.p95, x.p99].map(v => v === null ? '–' : Number(v).toFixed(1));
}

function rows(table, head, data) {
  clear(table);
  const tr = el('tr');
  head.forEach((h, i) => tr.appendChild(el('th', h, i > 0 ? 'num' : '')));
  table.appendChild(tr);
  for (const r of data) {
    const row = el('tr');
    r.forEach((c, i) => row.appendChild(el('td', c, i > 0 ? 'num' : '')));
    table.appendChild(row);
  }
}

function showTops(tops) {
  const box = clear(document.getElementById('tops'));
  for (const [id, title, filter] of TOPS) {
    const part = el('div');
    part.appendChild(el('h2', title));
    const table = el('table');
    table.id = 'top-' + id;
    const list = tops[id];
    const max = list.length ? list[0].requests : 1;
    for (const entry of list) {
      const row = el('tr');
      const cell = el('td', entry.value, 'entry');
      cell.title = 'filter on ' + filter;
      const bar = el('span', null, 'bar');
      bar.style.width = (100 * entry.requests / max) + '%';
      cell.appendChild(bar);
      cell.addEventListener('click', () => setParam(filter, entry.value));
      row.appendChild(cell);
      row.appendChild(el('td', number(entry.requests), 'num'));
      table.appendChild(row);
    }
    if (!list.length) table.appendChild(el('tr')).appendChild(el('td', 'none'));
    part.appendChild(table);
    box.appendChild(part);
  }
}

function chart(id, label, values, t, format) {
  const target = clear(document.getElementById(id));
  const opts = {
    width: Math.max(300, Math.floor((document.body.clientWidth - 80) / 3)), height: 180,
    tzDate: ts => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    series: [{}, { label: label, stroke: '#3465a4', fill: 'rgba(52,101,164,0.15)',
      value: (u, v) => v === null ? '–' : format(v) }],
    axes: [{}, { values: (u, vals) => vals.map(format), size: 85 }],
    legend: { show: true },
  };
  state.charts[id] = new uPlot(opts, [t, values], target);
}

function showSeries(s) {
  chart('chart-requests', 'requests per ' + s.interval, s.requests, s.t, number);
  chart('chart-bytes', 'bytes per ' + s.interval, s.bytesSent, s.t, bytes);
  chart('chart-errors', 'error rate per ' + s.interval, s.errorRate, s.t, percent);
}

const COLUMNS = [['time', 'Time (UTC)'], ['status', 'Status'], ['operation', 'Operation'],
  ['key', 'Key'], ['bytesSent', 'Bytes'], ['totalTime', 'ms'], ['clientIp', 'Client IP'],
  ['requester', 'Requester'], ['userAgent', 'User agent'], ['referrer', 'Referrer']];

function showRequests(page) {
  const table = clear(document.getElementById('requests'));
  const head = el('tr');
  COLUMNS.forEach(([, h]) => head.appendChild(el('th', h)));
  table.appendChild(head);
  for (const r of page.rows) {
    const row = el('tr');
    COLUMNS.forEach(([k]) => row.appendChild(el('td', r[k] === null ? '–'
      : k === 'time' ? r[k].replace('T', ' ').replace('Z', '') : r[k])));
    table.appendChild(row);
  }
  document.getElementById('page').textContent = 'page ' + (page.page + 1);
  document.getElementById('newer').disabled = page.page === 0;
  document.getElementById('older').disabled = !page.more;
}

async function refresh() {
  showFilters();
  const message = document.getElementById('message');
  message.textContent = '';
  try {
    const [summary, series, tops, page] = await Promise.all([api('summary'), api('series'),
      api('top'), api('requests', { page: state.page })]);
    showSummary(summary);
    showSeries(series);
    showTops(tops);
    showRequests(page);
    document.body.dataset.loaded = String(Date.now());
  } catch (e) {
    message.textContent = e.message;
  }
}

function bindControls(config) {
  const span = config.span;
  const from = document.getElementById('from');
  const to = document.getElementById('to');
  from.value = toInput(state.params.get('from') || (span && span.from));
  to.value = toInput(state.params.get('to') || (span && span.to));
  from.addEventListener('change', () => setParam('from', fromInput(from.value)));
  to.addEventListener('change', () => setParam('to', fromInput(to.value)));
  for (const id of ['status_class', 'bots']) {
    const select = document.getElementById(id);
    select.value = state.params.get(id) || select.options[0].value;
    select.addEventListener('change',
      () => setParam(id, select.value === 'include' ? '' : select.value));
  }
  const q = document.getElementById('q');
  q.value = state.params.get('q') || '';
  let timer;
  q.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => setParam('q', q.value), 300);
  });
  document.getElementById('all-time').addEventListener('click', () => {
    state.params.delete('from');
    state.params.delete('to');
    from.value = toInput(span && span.from);
    to.value = toInput(span && span.to);
    setParam('from', '');
  });
  document.getElementById('newer').addEventListener('click', () => turn(-1));
  document.getElementById('older').addEventListener('click', () => turn(1));
  document.getElementById('bot-note').textContent = 'A bot is a request whose user agent'
    + ' contains, ignoring case, one of: ' + config.botWords.join(', ') + '.';
}

async function turn(step) {
  state.page = Math.max(0, state.page + step);
  try {
    showRequests(await api('requests', { page: state.page }));
  } catch (e) {
    document.getElementById('message').textContent = e.message;
  }
}

document.addEventListener('DOMContentLoaded', async () => {
  history.replaceState(null, '', state.params.toString() ? '?' + state.params : location.pathname);
  try {
    bindControls(await api('config'));
    refresh();
  } catch (e) {
    document.getElementById('message').textContent = e.message;
  }
});
