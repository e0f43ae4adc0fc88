(function () {
  'use strict';
  var PAGE = 200;
  var SEVERITIES = ['error', 'warning', 'info'];
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var texts = data.texts;
  var rules = data.rules;
  var all = data.findings;
  var table = document.getElementById('findings-table');
  var body = table.tBodies[0];
  var more = document.getElementById('show-more');
  var shownCount = document.getElementById('shown-count');
  var inputs = {
    rule: document.getElementById('filter-rule'),
    severity: document.getElementById('filter-severity'),
    language: document.getElementById('filter-language'),
    fix: document.getElementById('filter-fix'),
    status: document.getElementById('filter-status'),
    path: document.getElementById('filter-path'),
    text: document.getElementById('filter-text')
  };
  var languages = data.languages;
  var open = all.filter(function (f) { return f.x === undefined; });
  var view = open;
  var limit = PAGE;
  var sortKey = null;
  var sortDir = 1;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function ruleId(f) { return rules[f.r].id; }

  function haystack(f) {
    if (f.h === undefined) {
      f.h = [ruleId(f), f.p, texts[f.m], f.f].join('\n').toLowerCase();
    }
    return f.h;
  }

  function applyFilters() {
    var rule = inputs.rule.value;
    var severity = inputs.severity.value;
    var language = inputs.language.value;
    var fix = inputs.fix.value;
    var status = inputs.status.value;
    var path = inputs.path.value.toLowerCase();
    var text = inputs.text.value.toLowerCase();
    view = all.filter(function (f) {
      return (rule === '' || ruleId(f) === rule)
        && (severity === '' || String(f.s) === severity)
        && (language === '' || languages[f.g] === language)
        && (fix === '' || String(f.a) === fix)
        && (status === '' || (status === 'new' ? f.nw === 1
          : status.indexOf('baseline-') === 0 ? f.b === status.substring(9)
          : (status === 'suppressed') === (f.x !== undefined)))
        && (path === '' || f.p.toLowerCase().indexOf(path) >= 0)
        && (text === '' || haystack(f).indexOf(text) >= 0);
    });
    sortView();
    limit = PAGE;
    render();
  }

  function compare(a, b) {
    var x, y;
    if (sortKey === 's') { x = a.s; y = b.s; }
    else if (sortKey === 'r') { x = ruleId(a); y = ruleId(b); }
    else if (sortKey === 'm') { x = texts[a.m]; y = texts[b.m]; }
    else if (sortKey === 'b') { x = a.b || ''; y = b.b || ''; }
    else { x = a.p; y = b.p; if (x === y) { x = a.l; y = b.l; } }
    return x < y ? -sortDir : x > y ? sortDir : 0;
  }

  function sortView() {
    if (sortKey !== null) view = view.slice().sort(compare);
  }

  function render() {
    while (body.firstChild) body.removeChild(body.firstChild);
    var end = Math.min(limit, view.length);
    for (var i = 0; i < end; i++) body.appendChild(row(view[i]));
    var suppressed = all.length - open.length;
    var inAll = suppressed === 0 ? all.length + ' in all' : open.length + ' open and ' + suppressed + ' suppressed in all';
    shownCount.textContent = 'Showing ' + end + ' of ' + view.length + ' findings'
      + (view.length === open.length && inputs.status.value === 'active' ? '' : ' (' + inAll + ')');
    more.hidden = end >= view.length;
  }

  function row(f) {
    var tr = el('tr', f.x === undefined ? 'finding' : 'finding suppressed');
    tr.tabIndex = 0;
    tr.appendChild(el('td', 'sev sev-' + f.s, SEVERITIES[f.s]));
    if (data.baseline === 1) tr.appendChild(el('td', null, f.b || ''));
    var rule = el('td', null, ruleId(f));
    if (f.nw === 1) rule.appendChild(el('span', 'badge', 'new'));
    tr.appendChild(rule);
    var where = el('td', 'path');
    if (data.link) {
      var a = el('a', null, f.p + ':' + f.l);
      a.href = sourceLink(f.p, f.l);
      a.rel = 'noopener noreferrer';
      a.addEventListener('click', function (e) { e.stopPropagation(); });
      where.appendChild(a);
    } else {
      where.textContent = f.p + ':' + f.l;
    }
    tr.appendChild(where);
    tr.appendChild(el('td', null, texts[f.m]));
    tr.addEventListener('click', function () { toggle(tr, f); });
    tr.addEventListener('keydown', function (e) { if (e.key === 'Enter') toggle(tr, f); });
    return tr;
  }

  // the link prefix was checked to be https when the page was written; paths are encoded segment by segment
  function sourceLink(path, line) {
    var base = data.link.charAt(data.link.length - 1) === '/' ? data.link : data.link + '/';
    return base + path.split('/').map(encodeURIComponent).join('/') + (line > 0 ? '#L' + line : '');
  }

  function toggle(tr, f) {
    var next = tr.nextSibling;
    if (next && next.className === 'detail') {
      body.removeChild(next);
      tr.classList.remove('open');
      return;
    }
    tr.classList.add('open');
    var detail = el('tr', 'detail');
    var td = el('td');
    td.colSpan = data.baseline === 1 ? 5 : 4;
    fillDetail(td, f);
    detail.appendChild(td);
    body.insertBefore(detail, next);
  }

  function heading(parent, text) { parent.appendChild(el('h4', null, text)); }

  function fillDetail(td, f) {
    if (f.x !== undefined) {
      td.appendChild(el('p', 'suppressed-note', 'Suppressed' + (texts[f.x] ? ': ' + texts[f.x] : '')));
    }
    heading(td, 'Code');
    var lines = f.f.split('\n');
    var width = String(f.l + lines.length - 1).length;
    td.appendChild(el('pre', 'frame', lines.map(function (line, i) {
      var n = String(f.l + i);
      while (n.length < width) n = ' ' + n;
      return n + ' | ' + line;
    }).join('\n')));
    if (f.rel) {
      heading(td, 'Related locations');
      var ul = el('ul');
      f.rel.forEach(function (r) { ul.appendChild(el('li', null, r[0] + ':' + r[1] + ': ' + texts[r[2]])); });
      td.appendChild(ul);
    }
    var rule = rules[f.r];
    heading(td, 'Rule');
    var p = el('p');
    var local = el('a', null, rule.id);
    local.href = '#rule-' + rule.id;
    p.appendChild(local);
    p.appendChild(document.createTextNode(': ' + rule.summary + ' '));
    if (rule.help && rule.help.indexOf('https://') === 0) {
      var external = el('a', null, '(documentation)');
      external.href = rule.help;
      external.rel = 'noopener noreferrer';
      p.appendChild(external);
    }
    td.appendChild(p);
    if (f.fd !== undefined) {
      heading(td, 'Proposed fix (' + f.fa + ')');
      td.appendChild(el('p', null, texts[f.fd]));
      if (f.d !== undefined) td.appendChild(diff(texts[f.d]));
      if (f.st && f.st.length) {
        heading(td, 'Manual steps');
        var ol = el('ol');
        f.st.forEach(function (s) { ol.appendChild(el('li', null, texts[s])); });
        td.appendChild(ol);
      }
    }
    if (f.sup !== undefined) {
      heading(td, 'Suppress');
      var comment = texts[f.sup];
      var line = el('p');
      line.appendChild(el('code', 'suppression', comment));
      line.appendChild(document.createTextNode(' '));
      var button = el('button', 'copy', 'Copy suppression comment');
      button.type = 'button';
      button.addEventListener('click', function (e) { e.stopPropagation(); copy(comment, button); });
      line.appendChild(button);
      td.appendChild(line);
    }
  }

  function diff(text) {
    var pre = el('pre', 'diff');
    text.split('\n').forEach(function (line) {
      var kind = line.indexOf('@@') === 0 ? 'hunk' : line.indexOf('+++') === 0 || line.indexOf('---') === 0 ? 'hunk'
        : line.charAt(0) === '+' ? 'add' : line.charAt(0) === '-' ? 'del' : null;
      pre.appendChild(el('span', kind, line + '\n'));
    });
    return pre;
  }

  function copy(text, button) {
    function done(ok) { button.textContent = ok ? 'Copied' : 'Copy failed: select the comment'; }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallback(text)); });
    } else {
      done(fallback(text));
    }
  }

  function fallback(text) {
    var area = el('textarea', 'offscreen');
    area.value = text;
    area.setAttribute('readonly', '');
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    function sort() {
      var key = th.getAttribute('data-sort');
      sortDir = sortKey === key ? -sortDir : 1;
      sortKey = key;
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', sortDir === 1 ? 'ascending' : 'descending');
      sortView();
      render();
    }
    th.addEventListener('click', sort);
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter') sort(); });
  });
  // a link to a rule lands on its <details>, which the browser leaves closed: open it so the documentation shows
  function openLinked(hash) {
    var target = hash.length > 1 ? document.getElementById(hash.slice(1)) : null;
    if (target && target.tagName === 'DETAILS') target.open = true;
  }
  document.addEventListener('click', function (e) {
    var link = e.target.closest ? e.target.closest('a[href^="#"]') : null;
    if (link) openLinked(link.getAttribute('href'));
  });
  openLinked(location.hash);
  inputs.rule.addEventListener('change', applyFilters);
  inputs.severity.addEventListener('change', applyFilters);
  inputs.language.addEventListener('change', applyFilters);
  inputs.fix.addEventListener('change', applyFilters);
  inputs.status.addEventListener('change', applyFilters);
  inputs.path.addEventListener('input', applyFilters);
  inputs.text.addEventListener('input', applyFilters);
  more.addEventListener('click', function () { limit += PAGE; render(); });
  document.documentElement.setAttribute('data-ready', 'true');
  render();
})();
