/* Angebotswegweiser search: a prebuilt lunr index with German stemming, no network but this site. */
(function () {
  "use strict";
  var input = document.getElementById("aw-q");
  var list = document.getElementById("aw-results");
  var status = document.getElementById("aw-status");
  if (!input || !list || !status) { return; }
  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  var terms = query.toLowerCase().split(/[^0-9a-zà-öø-ÿß]+/).filter(function (t) { return t.length > 1; });
  if (!terms.length) { return; }
  status.textContent = "Suche läuft …";
  var root = document.querySelector("script[data-aw-root]").getAttribute("data-aw-root");
  fetch(root + "assets/aw/suchindex.json").then(function (r) { return r.json(); }).then(function (data) {
    var index = lunr.Index.load(data.index);
    var hits = index.query(function (q) {
      terms.forEach(function (term) {
        q.term(term, { boost: 10 });
        q.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
      });
    });
    show(hits, data.docs, root + data.base);
  }).catch(function () {
    status.textContent = "Die Suche konnte nicht geladen werden. Nutze die Listen nach Ort, Thema oder Klasse.";
  });

  function show(hits, docs, base) {
    list.textContent = "";
    status.textContent = hits.length === 1 ? "1 Angebot gefunden." : hits.length + " Angebote gefunden.";
    hits.slice(0, 100).forEach(function (hit) {
      var doc = docs[hit.ref];
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = base + encodeURIComponent(hit.ref) + "/";
      link.textContent = doc[0];
      var where = document.createElement("span");
      where.className = "aw-where";
      where.textContent = doc[2];
      var summary = document.createElement("span");
      summary.className = "aw-summary";
      summary.textContent = doc[1];
      item.appendChild(link);
      item.appendChild(where);
      item.appendChild(summary);
      list.appendChild(item);
    });
  }
})();
