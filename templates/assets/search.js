/*
 * Dossier search: reads the index that the build writes to search/ and answers queries in the browser.
 * Every index file is a script that calls DossierSearch.*, so it loads from GitHub Pages, a local server or
 * straight from disk (file://), where fetch() cannot read files. A query loads the manifest, the shards of
 * its words' prefixes, and one small fragment per result shown, whose text gives the passage that matched, its
 * words marked. Results are built with textContent and created elements only: indexed text never becomes markup.
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
    doc: function (id, d) { docs[id] = d; }
  };

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
      if (!words.length) { return []; }
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

  // Which render is the latest: one a later query overtook shows nothing.
  var renders = 0;

  function render(list, results, query) {
    var words = tokens(query);
    var mine = ++renders;
    var shown = results.slice(0, 20);
    return Promise.all(shown.map(function (r) { return load(manifest.documents.replace('{id}', r.id), 'd:' + r.id); }))
      .then(function () {
        if (mine !== renders) { return; }
        list.textContent = '';
        var status = document.getElementById('search-status');
        status.textContent = results.length === 0 ? 'No brief matches “' + query + '”.'
          : results.length + (results.length === 1 ? ' brief matches' : ' briefs match') + ' “' + query + '”.';
        shown.forEach(function (r) {
          var d = docs[r.id];
          var li = document.createElement('li');
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
          var passage = snippet(d, words);
          if (passage || d.s) {
            var s = document.createElement('p');
            s.className = passage ? 'snippet' : 'summary';
            marked(s, passage || d.s, words);
            li.appendChild(s);
          }
          list.appendChild(li);
        });
      });
  }

  window.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('search-form');
    var input = document.getElementById('search-input');
    var list = document.getElementById('search-results');
    if (!form || !input || !list) { return; }
    var params = new URLSearchParams(window.location.search);
    function run() {
      var q = input.value.trim();
      if (!q) { list.textContent = ''; return; }
      search(q).then(function (r) { return render(list, r, q); }).catch(function (e) {
        document.getElementById('search-status').textContent = 'Search is unavailable: ' + e.message;
      });
    }
    form.addEventListener('submit', function (e) { e.preventDefault(); run(); });
    input.addEventListener('input', function () { clearTimeout(input._t); input._t = setTimeout(run, 80); });
    if (params.get('q')) { input.value = params.get('q'); run(); }
  });
}());
