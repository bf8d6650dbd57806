/*
 * Dossier search: reads the index that the build writes to search/ and answers queries in the browser.
 * Every index file is a script that calls DossierSearch.*, so it loads from GitHub Pages, a local server or
 * straight from disk (file://), where fetch() cannot read files. A query loads the manifest, the shards of
 * its words' prefixes, and one small fragment per result shown, whose text gives the passage that matched, its
 * words marked. Beside the shards comes the briefs' facets (language, year, publication, theme): the results' counts
 * by each, and filters (one value or another of a facet, and every facet chosen), kept in the address so that a
 * filtered list can be linked to (the list of briefs links its facets' values so); with filters and no words, every
 * brief passes, newest first. Results are built with textContent and created elements only: indexed text never
 * becomes markup.
 */
(function () {
  'use strict';
  var root = document.currentScript ? document.currentScript.getAttribute('data-root') || '' : '';
  // Every path comes from the site: the manifest's from the page, the shards' and documents' from the manifest.
  var manifestPath = document.currentScript ? document.currentScript.getAttribute('data-manifest') || '' : '';
  var manifest = null;
  var shards = {};
  var docs = {};
  var waiting = {};
  var facets = null;
  // The values chosen, by facet key: a Set of value keys each.
  var chosen = {};

  function load(path, key) {
    if (waiting[key]) { return waiting[key]; }
    waiting[key] = new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = root + path;
      s.async = true;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error('cannot load ' + path)); };
      document.head.appendChild(s);
    });
    return waiting[key];
  }

  window.DossierSearch = {
    manifest: function (m) { manifest = m; manifest.stop = new Set(m.stopwords); manifest.end = new Set(m.endings || []); },
    shard: function (key, terms) { shards[key] = terms; },
    doc: function (id, d) { docs[id] = d; },
    facets: function (list) {
      facets = list.map(decodeFacet);
      // A parameter of the address that is no facet filters nothing.
      Object.keys(chosen).forEach(function (k) {
        if (!facets.some(function (f) { return f.key === k; })) { delete chosen[k]; }
      });
    }
  };

  var DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';

  // A facet as search/facets.js writes it, each brief's codes read into a list of value positions.
  function decodeFacet(f) {
    var w = f.width;
    function code(s, at) {
      var c = 0;
      for (var i = 0; i < w; i++) { c = c * 64 + DIGITS.indexOf(s.charAt(at + i)); }
      return c;
    }
    var of = [];
    if (f.multi) {
      f.of.split(',').forEach(function (s) {
        var codes = [];
        for (var at = 0; at < s.length; at += w) { codes.push(code(s, at)); }
        of.push(codes);
      });
    } else {
      for (var at = 0; at < f.of.length; at += w) {
        var c = code(f.of, at);
        of.push(c === 0 ? [] : [c - 1]);
      }
    }
    return { key: f.key, name: f.name, byCount: f.byCount, values: f.values, of: of, open: false };
  }

  function loadFacets() {
    return load(manifestPath, 'manifest').then(function () { return load(manifest.facets, 'facets'); });
  }

  function filtering() {
    return Object.keys(chosen).some(function (k) { return chosen[k].size > 0; });
  }

  // Whether brief id has, for each facet chosen (but the one named except), one of the values chosen.
  function passes(id, except) {
    return facets.every(function (f) {
      var want = chosen[f.key];
      if (f.key === except || !want || want.size === 0) { return true; }
      return f.of[id].some(function (v) { return want.has(f.values[v][0]); });
    });
  }

  function tokens(text) {
    var s = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    return (s.match(/[\p{L}\p{N}]+/gu) || []).filter(function (t) {
      return t.length >= 2 && !manifest.stop.has(t);
    });
  }

  function shardsFor(token) {
    return Object.keys(manifest.shards).filter(function (k) {
      return token.indexOf(k) === 0 || k.indexOf(token) === 0;
    });
  }

  // A term's postings ("id.score,…", ids as gaps, base 36) into found, each score times weight.
  function collect(found, list, weight) {
    var id = 0;
    list.split(',').forEach(function (pair) {
      var p = pair.split('.');
      id += parseInt(p[0], 36);
      found[id] = Math.max(found[id] || 0, parseInt(p[1], 36) * weight);
    });
  }

  function entry(term) {
    var list;
    shardsFor(term).forEach(function (k) { if (shards[k] && shards[k][term] !== undefined) { list = shards[k][term]; } });
    return list;
  }

  // The stem ("elect~") the briefs are indexed under that token ("elections") starts with, its rest an ending the
  // manifest lists: the longest there is, or none.
  function stemOf(token) {
    for (var len = token.length - 1; len >= 3; len--) {
      if (manifest.end.has(token.slice(len)) && entry(token.slice(0, len) + '~') !== undefined) {
        return token.slice(0, len) + '~';
      }
    }
    return null;
  }

  function postings(token) {
    var found = {};
    shardsFor(token).forEach(function (k) {
      var terms = shards[k] || {};
      Object.keys(terms).forEach(function (term) {
        if (term.indexOf(token) !== 0) { return; }
        collect(found, terms[term], term === token || term === token + '~' ? 1 : 0.6);
      });
    });
    var stem = stemOf(token);
    if (stem) {
      collect(found, entry(stem), 1);
      var bare = entry(stem.slice(0, -1)); // a form that is its own stem ("elect")
      if (bare !== undefined) { collect(found, bare, 1); }
    }
    return found;
  }

  function search(query) {
    return load(manifestPath, 'manifest').then(function () {
      var words = tokens(query);
      if (!words.length && !filtering()) { return []; }
      if (!words.length) {
        // Filters alone: every brief, newest first (documents are numbered so).
        var all = [];
        for (var id = 0; id < manifest.docs; id++) { all.push({ id: id, score: 0 }); }
        return all;
      }
      var needed = [];
      words.forEach(function (w) { shardsFor(w).forEach(function (k) { needed.push(k); }); });
      return Promise.all(needed.map(function (k) {
        return load(manifest.shards[k], 's:' + k);
      })).then(function () {
        var total = null;
        words.forEach(function (w) {
          var p = postings(w);
          if (total === null) {
            total = p;
          } else {
            var both = {};
            Object.keys(total).forEach(function (id) { if (p[id]) { both[id] = total[id] + p[id]; } });
            total = both;
          }
        });
        return Object.keys(total).map(function (id) { return { id: +id, score: total[id] }; })
          .sort(function (a, b) { return b.score - a.score || a.id - b.id; });
      });
    });
  }

  // Whether a word of the text is one the query asked for: the same word, or a form of it (a longer word it opens,
  // or one with the same stem: "elections" for "election").
  function matches(word, words) {
    var w = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    return words.some(function (q) {
      return w.indexOf(q) === 0 || (q.length >= 5 && w.indexOf(q.slice(0, q.length - 2)) === 0);
    });
  }

  // The passage of a brief's text that holds most of the query's words: a sentence, cut to about 240 characters
  // around its first match; null when no sentence holds one.
  function snippet(d, words) {
    var best = null;
    var bestCount = 0;
    (d.s + '\n' + (d.x || '')).split(/\n|(?<=[.!?…»“"])\s+(?=\p{Lu})/u).forEach(function (sentence) {
      var seen = new Set();
      (sentence.match(/[\p{L}\p{N}]+/gu) || []).forEach(function (w) {
        if (matches(w, words)) { seen.add(w.toLowerCase()); }
      });
      if (seen.size > bestCount) { best = sentence; bestCount = seen.size; }
    });
    if (!best) { return null; }
    if (best.length > 240) {
      var first = 0;
      var m;
      var re = /[\p{L}\p{N}]+/gu;
      while ((m = re.exec(best)) !== null) { if (matches(m[0], words)) { first = m.index; break; } }
      var from = Math.max(0, first - 80);
      best = (from > 0 ? '…' : '') + best.slice(from, from + 240).trim() + (from + 240 < best.length ? '…' : '');
    }
    return best;
  }

  // Writes text into el with the words the query asked for in <mark>: text nodes and elements only, never markup.
  function marked(el, text, words) {
    var re = /[\p{L}\p{N}]+/gu;
    var at = 0;
    var m;
    while ((m = re.exec(text)) !== null) {
      if (!matches(m[0], words)) { continue; }
      if (m.index > at) { el.appendChild(document.createTextNode(text.slice(at, m.index))); }
      var mark = document.createElement('mark');
      mark.textContent = m[0];
      el.appendChild(mark);
      at = m.index + m[0].length;
    }
    if (at < text.length) { el.appendChild(document.createTextNode(text.slice(at))); }
  }

  var PAGE = 10;
  // Which drawing is the latest: one a later query or choice overtook shows nothing.
  var renders = 0;
  // The latest query's results, which the facets count and filter: its words, and how many passing it shows.
  var current = null;

  function show(results, query) {
    current = { results: results, query: query, words: tokens(query), shown: PAGE };
    return (filtering() ? loadFacets() : Promise.resolve()).then(draw);
  }

  // The values chosen, by their labels: "German, 2019".
  function chosenLabels() {
    var labels = [];
    (facets || []).forEach(function (f) {
      f.values.forEach(function (v) { if (chosen[f.key] && chosen[f.key].has(v[0])) { labels.push(v[1]); } });
    });
    return labels.join(', ');
  }

  // How many of the first results are awaited before the list is replaced (no empty list flashes between two
  // queries); the rest fill their places as their fragments come.
  var FIRST = 3;

  function draw() {
    var c = current;
    if (!c.words.length && !filtering()) { clear(); return Promise.resolve(); }
    var mine = ++renders;
    var list = document.getElementById('search-results');
    var passing = facets && filtering() ? c.results.filter(function (r) { return passes(r.id, null); }) : c.results;
    var shown = passing.slice(0, c.shown);
    var loads = shown.map(function (r) { return load(manifest.documents.replace('{id}', r.id), 'd:' + r.id); });
    return Promise.all(loads.slice(0, FIRST)).then(function () {
      if (mine !== renders) { return; }
      list.textContent = '';
      var status = document.getElementById('search-status');
      var n = passing.length;
      var filters = filtering() ? chosenLabels() : '';
      if (c.words.length) {
        status.textContent = (n === 0 ? 'No brief matches' : n + (n === 1 ? ' brief matches' : ' briefs match'))
          + ' “' + c.query + '”' + (filters ? ' in ' + filters : '') + '.';
      } else {
        status.textContent = (n === 0 ? 'No brief' : n + (n === 1 ? ' brief' : ' briefs')) + ' in ' + filters + '.';
      }
      shown.forEach(function (r, i) {
        var li = document.createElement('li');
        list.appendChild(li);
        if (docs[r.id]) {
          result(li, docs[r.id], c.words);
        } else {
          li.className = 'pending';
          loads[i].then(function () {
            if (mine === renders) { li.className = ''; result(li, docs[r.id], c.words); }
          }, function () { });
        }
      });
      var more = document.getElementById('search-more');
      if (more) {
        more.hidden = n <= c.shown;
        more.textContent = 'Show ' + Math.min(PAGE, n - c.shown) + ' more of ' + (n - c.shown);
      }
      if (facets) {
        drawFacets();
      } else {
        loadFacets().then(function () { if (mine === renders) { drawFacets(); } }, function () { });
      }
    });
  }

  // A result: the brief's title (a link), its byline, and the passage that matched (or its summary's first line).
  function result(li, d, words) {
    var a = document.createElement('a');
    a.className = 'title';
    a.href = root + d.u;
    a.textContent = d.t;
    li.appendChild(a);
    if (d.b) {
      var by = document.createElement('p');
      by.className = 'byline';
      by.textContent = d.b;
      li.appendChild(by);
    }
    var passage = words.length ? snippet(d, words) : null;
    if (passage || d.s) {
      var s = document.createElement('p');
      s.className = passage ? 'snippet' : 'summary';
      marked(s, passage || d.s, words);
      li.appendChild(s);
    }
  }

  // Each facet's values among the results, with counts (a facet's own choice aside, so that a second value can be
  // added to the first), the values chosen first; a facet with one value and none chosen is not shown.
  function drawFacets() {
    var form = document.getElementById('search-facets');
    if (!form || !current) { return; }
    form.textContent = '';
    var any = false;
    // The box ticked last keeps the keyboard's focus through the redrawing.
    var refocus = null;
    facets.forEach(function (f) {
      var counts = f.values.map(function () { return 0; });
      current.results.forEach(function (r) {
        if (passes(r.id, f.key)) { f.of[r.id].forEach(function (v) { counts[v]++; }); }
      });
      var want = chosen[f.key] || new Set();
      var picked = [];
      var others = [];
      f.values.forEach(function (v, i) {
        if (want.has(v[0])) { picked.push(i); } else if (counts[i] > 0) { others.push(i); }
      });
      if (f.byCount) { others.sort(function (a, b) { return counts[b] - counts[a] || a - b; }); }
      var order = picked.concat(others);
      if (order.length < 2 && picked.length === 0) { return; }
      any = true;
      var set = document.createElement('fieldset');
      var legend = document.createElement('legend');
      legend.textContent = f.name;
      set.appendChild(legend);
      var limit = f.open ? order.length : Math.max(8, picked.length);
      order.slice(0, limit).forEach(function (i) {
        var label = document.createElement('label');
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.checked = want.has(f.values[i][0]);
        box.addEventListener('change', function () { choose(f.key, f.values[i][0], box.checked); });
        if (focus && focus.key === f.key && focus.value === f.values[i][0]) { refocus = box; }
        label.appendChild(box);
        var name = document.createElement('span');
        name.textContent = f.values[i][1];
        label.appendChild(name);
        var count = document.createElement('span');
        count.className = 'count';
        count.textContent = counts[i];
        label.appendChild(count);
        set.appendChild(label);
      });
      if (order.length > limit) {
        var all = document.createElement('button');
        all.type = 'button';
        all.textContent = 'All ' + order.length;
        all.addEventListener('click', function () { f.open = true; drawFacets(); });
        set.appendChild(all);
      }
      form.appendChild(set);
    });
    var box = form.closest('details') || form;
    if (any && box.hidden && box.tagName === 'DETAILS') {
      // Open beside the results on a wide screen; on a phone, folded above them until asked for.
      box.open = window.matchMedia('(min-width: 40rem)').matches;
    }
    box.hidden = !any;
    if (refocus) { refocus.focus(); }
    focus = null;
  }

  // The facet value whose box was just ticked or cleared: focused again once the facets are drawn anew.
  var focus = null;

  function choose(key, value, on) {
    focus = { key: key, value: value };
    if (!chosen[key]) { chosen[key] = new Set(); }
    if (on) { chosen[key].add(value); } else { chosen[key].delete(value); }
    remember();
    if (!current.words.length && !filtering()) {
      clear();
      focus = null;
      return;
    }
    if (!current.words.length) {
      // Filters alone list every brief: the list to filter is all of them.
      search('').then(function (r) { return show(r, ''); });
      return;
    }
    current.shown = PAGE;
    draw();
  }

  // The query and the values chosen, in the page's address: a filtered list can be kept and linked to.
  function remember() {
    var params = new URLSearchParams();
    var input = document.getElementById('search-input');
    if (input.value.trim()) { params.set('q', input.value.trim()); }
    Object.keys(chosen).sort().forEach(function (k) { chosen[k].forEach(function (v) { params.append(k, v); }); });
    var query = params.toString();
    try {
      history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
    } catch (e) {
      // an address that cannot change (some browsers' file://): the filters still apply
    }
  }

  function clear() {
    ++renders;
    current = null;
    document.getElementById('search-results').textContent = '';
    document.getElementById('search-status').textContent = '';
    var form = document.getElementById('search-facets');
    if (form) { (form.closest('details') || form).hidden = true; form.textContent = ''; }
    var more = document.getElementById('search-more');
    if (more) { more.hidden = true; }
  }

  window.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('search-form');
    var input = document.getElementById('search-input');
    var list = document.getElementById('search-results');
    if (!form || !input || !list) { return; }
    var params = new URLSearchParams(window.location.search);
    params.forEach(function (value, key) {
      if (key === 'q') { return; }
      if (!chosen[key]) { chosen[key] = new Set(); }
      chosen[key].add(value);
    });
    function run() {
      var q = input.value.trim();
      remember();
      if (!q && !filtering()) { clear(); return; }
      search(q).then(function (r) { return show(r, q); }).catch(function (e) {
        document.getElementById('search-status').textContent = 'Search is unavailable: ' + e.message;
      });
    }
    form.addEventListener('submit', function (e) { e.preventDefault(); run(); });
    input.addEventListener('input', function () { clearTimeout(input._t); input._t = setTimeout(run, 80); });
    var more = document.getElementById('search-more');
    if (more) { more.addEventListener('click', function () { current.shown += PAGE; draw(); }); }
    // The manifest and the facets are small and every query needs them: read while the reader types.
    loadFacets().catch(function () { });
    if (params.get('q')) { input.value = params.get('q'); }
    if (input.value.trim() || filtering()) { run(); }
  });
}());
