/* The Wangge dashboard: charts (ECharts, SVG renderer) and the findings table (filters, search, sort, paging,
   evidence on opening a row). Writes text only (textContent), never markup from the data. */
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('wangge-data').textContent);
  var T = D.t, F = D.findings;
  if (!F.length) { return; }
  var SEV = ['VIOLATION', 'WARNING', 'NOTICE'];
  var COLORS = ['#c0392b', '#d35400', '#2471a3'];
  var BASIS_COLORS = ['#1f618d', '#b9770e', '#7d3c98'];
  var state = {article: '', district: '', township: '', severity: '', basis: '', kind: '', q: '', sort: '', dir: 1, page: 0, size: 50};
  var open = {};
  var charts = [];

  F.forEach(function (f, i) {
    f.i = i;
    var parts = [f.c, f.id, f.m, f.ci, D.kinds[f.k], D.districts[f.d].label, f.t >= 0 ? D.townships[f.t].label : ''];
    f.e.forEach(function (kv) { parts.push(kv[1]); });
    f.text = parts.join(' ').toLowerCase();
  });

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); }); }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function option(select, value, label) { var o = el('option', {value: value}, label); select.appendChild(o); return o; }

  /* filters */
  var sel = {
    article: document.getElementById('f-article'), district: document.getElementById('f-district'),
    township: document.getElementById('f-township'), severity: document.getElementById('f-severity'),
    basis: document.getElementById('f-basis'), kind: document.getElementById('f-kind')
  };
  option(sel.article, '', T.all); D.articles.forEach(function (a, i) { option(sel.article, String(i), a.label); });
  option(sel.district, '', T.all); D.districts.forEach(function (d, i) { option(sel.district, String(i), d.label); });
  option(sel.severity, '', T.all); D.severities.forEach(function (s, i) { option(sel.severity, String(i), s); });
  option(sel.basis, '', T.all); D.bases.forEach(function (b, i) { option(sel.basis, String(i), b); });
  option(sel.kind, '', T.all); D.kinds.forEach(function (k, i) { option(sel.kind, String(i), k); });
  function townshipOptions() {
    var keep = state.township;
    sel.township.textContent = '';
    option(sel.township, '', T.all);
    D.townships.forEach(function (t, i) {
      if (state.district === '' || String(t.district) === state.district) { option(sel.township, String(i), t.label); }
    });
    sel.township.value = keep;
    if (sel.township.value !== keep) { state.township = ''; sel.township.value = ''; }
  }
  townshipOptions();
  Object.keys(sel).forEach(function (key) {
    sel[key].addEventListener('change', function () {
      state[key] = sel[key].value; state.page = 0;
      if (key === 'district') { townshipOptions(); }
      render();
    });
  });
  var search = document.getElementById('f-search');
  var timer = null;
  search.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { state.q = search.value.trim().toLowerCase(); state.page = 0; render(); }, 150);
  });
  document.getElementById('f-reset').addEventListener('click', function () { setFilters({}); });

  /** Sets the filters (others cleared), shows the table. */
  function setFilters(f) {
    ['article', 'district', 'township', 'severity', 'basis', 'kind'].forEach(function (k) {
      state[k] = f[k] === undefined ? '' : String(f[k]);
    });
    state.q = ''; search.value = ''; state.page = 0;
    Object.keys(sel).forEach(function (k) { if (k !== 'township') { sel[k].value = state[k]; } });
    townshipOptions();
    sel.township.value = state.township;
    render();
  }

  function matches(f) {
    return (state.article === '' || String(f.a) === state.article)
      && (state.district === '' || String(f.d) === state.district)
      && (state.township === '' || String(f.t) === state.township)
      && (state.severity === '' || String(f.s) === state.severity)
      && (state.basis === '' || String(f.b) === state.basis)
      && (state.kind === '' || String(f.k) === state.kind)
      && (state.q === '' || f.text.indexOf(state.q) >= 0);
  }
  function sortKey(f, key) {
    switch (key) {
      case 'a': return f.n; case 'k': return D.kinds[f.k]; case 'd': return D.districts[f.d].label;
      case 't': return f.t >= 0 ? D.townships[f.t].label : '~'; case 'o': return f.oi;
      case 'age': return f.h ? f.h[2] : -1; default: return f[key];
    }
  }
  function selected() {
    var rows = F.filter(matches);
    if (state.sort) {
      var k = state.sort, dir = state.dir;
      rows.sort(function (x, y) {
        var a = sortKey(x, k), b = sortKey(y, k);
        var c = a < b ? -1 : a > b ? 1 : 0;
        return c !== 0 ? c * dir : x.i - y.i;
      });
    }
    return rows;
  }

  /* the table */
  var tbody = document.getElementById('rows');
  var count = document.getElementById('count');
  var pager = document.getElementById('pager');
  var columns = document.querySelectorAll('#table thead th').length;
  document.querySelectorAll('#table th[data-sort]').forEach(function (th) {
    th.addEventListener('click', function () {
      var k = th.getAttribute('data-sort');
      if (state.sort === k) { state.dir = -state.dir; } else { state.sort = k; state.dir = 1; }
      document.querySelectorAll('#table th[data-sort]').forEach(function (o) { o.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending');
      render();
    });
  });

  function row(f, expanded) {
    var tr = el('tr', {'class': 'row' + (expanded ? ' open' : ''), 'data-i': String(f.i), 'aria-expanded': String(!!expanded), title: T.details});
    var sev = el('td'); sev.appendChild(el('span', {'class': 'sev ' + SEV[f.s]}, D.severities[f.s])); tr.appendChild(sev);
    var c = el('td'); c.appendChild(el('code', {'class': 'id'}, f.c)); tr.appendChild(c);
    var ci = el('td'); var a = el('a', {href: '#art-' + f.n}, f.ci); a.addEventListener('click', function (e) { e.stopPropagation(); });
    ci.appendChild(a); tr.appendChild(ci);
    tr.appendChild(el('td', null, D.bases[f.b]));
    tr.appendChild(el('td', null, D.kinds[f.k]));
    var id = el('td'); id.appendChild(el('code', {'class': 'id'}, f.id)); tr.appendChild(id);
    tr.appendChild(el('td', null, D.districts[f.d].label));
    tr.appendChild(el('td', null, f.t >= 0 ? D.townships[f.t].label : '—'));
    tr.appendChild(el('td', null, f.o));
    if (D.checks) {
      var st = el('td');
      if (f.h) {
        st.appendChild(el('span', {'class': 'tag ' + (f.h[0] === 0 ? 'new' : 'persisting')}, f.h[0] === 0 ? T['new'] : T.persisting));
        if (f.h[0] !== 0) { st.appendChild(el('div', {'class': 'meta'}, T.firstSeen + ' ' + f.h[1] + ' · ' + f.h[2] + ' ' + T.days)); }
      }
      tr.appendChild(st);
    }
    var m = el('td', {'class': 'msg'}, f.m);
    if (f.w) { m.appendChild(el('span', {'class': 'tag waived'}, (f.w[0] ? T.waiverExpired : T.waived) + ' ' + T.until + ' ' + f.w[1])); }
    tr.appendChild(m);
    tr.addEventListener('click', function () {
      if (open[f.i]) { delete open[f.i]; } else { open[f.i] = true; }
      render(true);
    });
    return tr;
  }
  function detail(f) {
    var tr = el('tr', {'class': 'detail'});
    var td = el('td', {colspan: String(columns)});
    td.appendChild(el('p', null, f.m));
    var t = el('table', {'class': 'evidence'});
    var head = el('tr'); head.appendChild(el('th', null, T.evidence)); head.appendChild(el('th', null, T.value)); t.appendChild(head);
    if (!f.e.length) { var r0 = el('tr'); r0.appendChild(el('td', {colspan: '2'}, T.none)); t.appendChild(r0); }
    f.e.forEach(function (kv) { var r = el('tr'); r.appendChild(el('th', null, kv[0])); r.appendChild(el('td', null, kv[1])); t.appendChild(r); });
    td.appendChild(t);
    var p = el('p', {'class': 'meta'});
    p.appendChild(document.createTextNode(T.basis + T.colon + D.bases[f.b] + ' · '));
    var a = el('a', {href: '#art-' + f.n}, f.ci); p.appendChild(a);
    if (f.q) { p.appendChild(document.createTextNode(' · ' + T.consequence + T.colon + f.q)); }
    if (f.w) { p.appendChild(document.createTextNode(' · ' + T.waiver + T.colon + f.w[2] + ' (' + T.until + ' ' + f.w[1] + ')')); }
    if (D.lang !== 'zh') {
      p.appendChild(document.createTextNode(' · ' + T.rule + ' '));
      p.appendChild(el('code', {'class': 'id'}, f.r));
    }
    td.appendChild(p);
    tr.appendChild(td);
    return tr;
  }
  var printing = false;
  function render(keepPage) {
    var rows = selected();
    var pages = Math.max(1, Math.ceil(rows.length / state.size));
    if (state.page >= pages) { state.page = pages - 1; }
    var from = printing ? 0 : state.page * state.size;
    var to = printing ? rows.length : Math.min(rows.length, from + state.size);
    var frag = document.createDocumentFragment();
    for (var i = from; i < to; i++) {
      var f = rows[i];
      var expanded = printing || open[f.i];
      frag.appendChild(row(f, expanded));
      if (expanded) { frag.appendChild(detail(f)); }
    }
    if (!rows.length) { var tr = el('tr'); tr.appendChild(el('td', {colspan: String(columns)}, T.noMatch)); frag.appendChild(tr); }
    tbody.textContent = '';
    tbody.appendChild(frag);
    count.textContent = T.shown + ' ' + (rows.length ? (from + 1) + '–' + to : '0') + ' / ' + rows.length + ' (' + T.of + ' ' + F.length + ')';
    count.setAttribute('data-matching', String(rows.length));
    pagerRender(pages);
  }
  function pagerRender(pages) {
    pager.textContent = '';
    if (pages <= 1) { return; }
    function button(label, page, current) {
      var b = el('button', {type: 'button'}, label);
      if (current) { b.setAttribute('aria-current', 'page'); }
      if (page < 0 || page >= pages) { b.disabled = true; }
      b.addEventListener('click', function () { state.page = page; render(true); document.getElementById('findings').scrollIntoView(); });
      pager.appendChild(b);
    }
    button(T.prev, state.page - 1, false);
    var shown = {};
    [0, 1, state.page - 2, state.page - 1, state.page, state.page + 1, state.page + 2, pages - 2, pages - 1].forEach(function (p) {
      if (p >= 0 && p < pages && !shown[p]) { shown[p] = true; }
    });
    var last = -1;
    Object.keys(shown).map(Number).sort(function (a, b) { return a - b; }).forEach(function (p) {
      if (last >= 0 && p > last + 1) { pager.appendChild(el('span', null, '…')); }
      button(String(p + 1), p, p === state.page);
      last = p;
    });
    button(T.next, state.page + 1, false);
  }
  window.addEventListener('beforeprint', function () { printing = true; render(true); charts.forEach(function (c) { c.resize(); }); });
  window.addEventListener('afterprint', function () { printing = false; render(true); charts.forEach(function (c) { c.resize(); }); });

  /* charts */
  function chart(id) {
    var node = document.getElementById(id);
    if (!node || typeof echarts === 'undefined') { return null; }
    var c = echarts.init(node, null, {renderer: 'svg'});
    charts.push(c);
    return c;
  }
  var base = {textStyle: {fontFamily: D.fonts}, animation: false, tooltip: {}};
  function merge(o) { var r = {}; Object.keys(base).forEach(function (k) { r[k] = base[k]; }); Object.keys(o).forEach(function (k) { r[k] = o[k]; }); return r; }

  var cSev = chart('chart-severity');
  if (cSev) {
    var series = D.bases.map(function (b, bi) {
      return {name: b, type: 'bar', stack: 'basis', itemStyle: {color: BASIS_COLORS[bi]},
        data: D.severities.map(function (s, si) { return F.filter(function (f) { return f.s === si && f.b === bi; }).length; })};
    });
    cSev.setOption(merge({legend: {top: 0}, grid: {left: 50, right: 20, top: 40, bottom: 30}, tooltip: {trigger: 'axis'},
      xAxis: {type: 'category', data: D.severities}, yAxis: {type: 'value', minInterval: 1}, series: series}));
    cSev.on('click', function (p) { setFilters({severity: p.dataIndex, basis: p.seriesIndex}); });
  }

  var cHeat = chart('chart-heatmap');
  if (cHeat) {
    var cells = {}, max = 0;
    F.forEach(function (f) { var k = f.d + ',' + f.a; cells[k] = (cells[k] || 0) + 1; });
    var data = Object.keys(cells).map(function (k) { var p = k.split(','); var v = cells[k]; if (v > max) { max = v; } return [Number(p[0]), Number(p[1]), v]; });
    cHeat.setOption(merge({
      tooltip: {position: 'top', formatter: function (p) { return D.articles[p.data[1]].label + ' · ' + D.districts[p.data[0]].label + T.colon + p.data[2]; }},
      grid: {left: 80, right: 30, top: 10, bottom: 90},
      xAxis: {type: 'category', data: D.districts.map(function (d) { return d.label; }), splitArea: {show: true}, axisLabel: {interval: 0, rotate: 20}},
      yAxis: {type: 'category', data: D.articles.map(function (a) { return a.short; }), splitArea: {show: true}, inverse: true},
      visualMap: {min: 0, max: Math.max(1, max), calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
        inRange: {color: ['#fef5e7', '#f5b041', '#c0392b']}},
      series: [{type: 'heatmap', data: data, label: {show: true}, emphasis: {itemStyle: {borderColor: '#000', borderWidth: 1}}}]
    }));
    cHeat.on('click', function (p) {
      setFilters({district: p.data[0], article: p.data[1]});
      document.getElementById('findings').scrollIntoView();
    });
  }

  var cTown = chart('chart-township');
  var townSel = document.getElementById('township-district');
  if (cTown && townSel) {
    var byDistrict = D.districts.map(function () { return 0; });
    F.forEach(function (f) { byDistrict[f.d]++; });
    D.districts.forEach(function (d, i) { option(townSel, String(i), d.label); });
    var best = 0; byDistrict.forEach(function (n, i) { if (n > byDistrict[best]) { best = i; } });
    townSel.value = String(best);
    var drawTowns = function () {
      var di = Number(townSel.value);
      var idx = [], names = [];
      D.townships.forEach(function (t, i) { if (t.district === di) { idx.push(i); names.push(t.label); } });
      var perSev = SEV.map(function (s, si) {
        return {name: D.severities[si], type: 'bar', stack: 'sev', itemStyle: {color: COLORS[si]},
          data: idx.map(function (ti) { return F.filter(function (f) { return f.t === ti && f.s === si; }).length; })};
      });
      cTown.setOption(merge({legend: {top: 0}, tooltip: {trigger: 'axis'}, grid: {left: 60, right: 20, top: 40, bottom: 90},
        xAxis: {type: 'category', data: names, axisLabel: {interval: 0, rotate: 30}}, yAxis: {type: 'value', minInterval: 1}, series: perSev}), true);
      cTown.off('click');
      cTown.on('click', function (p) {
        setFilters({district: di, township: idx[p.dataIndex]});
        document.getElementById('findings').scrollIntoView();
      });
    };
    townSel.addEventListener('change', drawTowns);
    drawTowns();
  }

  if (D.checks) {
    var cTrend = chart('chart-trend');
    if (cTrend) {
      cTrend.setOption(merge({tooltip: {trigger: 'axis'}, legend: {type: 'scroll', top: 0},
        grid: {left: 50, right: 20, top: 40, bottom: 30}, xAxis: {type: 'category', data: D.checks}, yAxis: {type: 'value', minInterval: 1},
        series: D.trend.map(function (a) { return {name: a.label, type: 'line', data: a.counts, symbolSize: 7}; })}));
    }
    var cAge = chart('chart-age');
    if (cAge) {
      var buckets = [0, 0, 0, 0];
      F.forEach(function (f) { if (f.h) { var d = f.h[2]; buckets[d <= 30 ? 0 : d <= 90 ? 1 : d <= 180 ? 2 : 3]++; } });
      cAge.setOption(merge({grid: {left: 50, right: 20, top: 20, bottom: 30}, tooltip: {trigger: 'axis'},
        xAxis: {type: 'category', data: [T.ageBuckets0, T.ageBuckets1, T.ageBuckets2, T.ageBuckets3]}, yAxis: {type: 'value', minInterval: 1},
        series: [{type: 'bar', name: T.count, data: buckets, itemStyle: {color: '#7d3c98'}}]}));
    }
  }
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  render();
  document.documentElement.setAttribute('data-rendered', String(Date.now()));
})();
