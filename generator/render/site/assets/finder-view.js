/* Angebotswegweiser finder: what a result shows (title, provider, where, for whom, next date,
   cost) and the messages around it. All partner text goes in as text, never as markup. */
(function () {
  "use strict";
  var WEEKDAYS = ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"];
  var NAMES = { klasse: "Klasse", ort: "Ort", schule: "Schule", thema: "Thema", lage: "Lebenslage",
    fuer: "Für wen", sprache: "Sprache", kostenlos: "kostenlos", barrierefrei: "barrierefrei",
    kommend: "nur kommende Termine" };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function germanDate(iso) {
    var d = new Date(iso + "T12:00:00");
    return WEEKDAYS[d.getDay()] + ", " + iso.slice(8, 10) + "." + iso.slice(5, 7) + "." + iso.slice(0, 4);
  }

  function classText(classes, leavers) {
    var parts = [];
    if (classes.length) {
      var run = classes.every(function (c, i) { return i === 0 || c === classes[i - 1] + 1; });
      parts.push(classes.length === 1 ? "Klasse " + classes[0] : run ?
        "Klasse " + classes[0] + "–" + classes[classes.length - 1] : "Klassen " + classes.join(", "));
    }
    if (leavers) { parts.push("nach der Schule"); }
    return parts.join(" und ");
  }

  function label(finder, kind, key) {
    var found = finder.index.labels[kind].filter(function (l) { return l[0] === key; })[0];
    return found ? found[1] : key;
  }

  function filterValue(finder, name, value) {
    if (name === "klasse") { return value === "nach-der-schule" ? "nach der Schule" : "Klasse " + value; }
    if (name === "ort") {
      var town = finder.index.towns.filter(function (t) { return t[0] === value; })[0];
      return town ? town[1] : value;
    }
    if (name === "schule") {
      var school = finder.index.schools.filter(function (s) { return s[0] === value; })[0];
      return school ? school[1] : value;
    }
    var kinds = { thema: "categories", lage: "situations", fuer: "audiences", sprache: "languages" };
    return kinds[name] ? label(finder, kinds[name], value) : NAMES[name];
  }

  function where(finder, doc, filters) {
    var school = finder.row(doc, "school"), area = finder.row(doc, "area");
    if (school >= 0) {
      var s = finder.index.schools[school];
      return filters.schule === s[0] ? "an deiner Schule" : "nur für die Schule " + s[1];
    }
    if (area === -1) { return "im ganzen Kreis"; }
    var names = area.map(function (n) { return finder.index.towns[n][1]; });
    return names.slice(0, 3).join(", ") + (names.length > 3 ? " und weitere" : "");
  }

  function forWhom(finder, doc) {
    var text = classText(finder.row(doc, "classes"), finder.row(doc, "leavers"));
    var audiences = finder.row(doc, "audiences").map(function (n) {
      return finder.index.labels.audiences[n];
    }).filter(function (a) { return a && a[0] !== "schueler" && a[0] !== "schulabgaenger"; })
      .map(function (a) { return a[1]; });
    return [text ? "für " + text : "", audiences.length ? "für " + audiences.join(", ") : ""]
      .filter(Boolean).join(" · ");
  }

  function item(finder, doc, filters, root, today) {
    var li = el("li", "aw-hit");
    var link = el("a", "", finder.row(doc, "title"));
    link.href = root + finder.index.base + encodeURIComponent(finder.row(doc, "id")) + "/";
    li.appendChild(link);
    var provider = finder.index.partners[finder.row(doc, "provider")];
    li.appendChild(el("span", "aw-where", where(finder, doc, filters) + " · " + provider));
    var next = finder.nextDate(doc, today), facts = [forWhom(finder, doc)];
    if (next) { facts.push("nächster Termin: " + germanDate(next)); }
    else if (finder.row(doc, "schedule")) { facts.push(finder.row(doc, "schedule")); }
    if (finder.row(doc, "cost")) { facts.push(finder.row(doc, "cost")); }
    li.appendChild(el("span", "aw-hit-facts", facts.filter(Boolean).join(" · ")));
    li.appendChild(el("span", "aw-summary", finder.row(doc, "summary")));
    return li;
  }

  function fragmentLink(state, drop, text) {
    var params = new URLSearchParams();
    Object.keys(state).forEach(function (k) { if (state[k] && drop.indexOf(k) < 0) { params.set(k, state[k]); } });
    var link = el("a", "", text);
    link.href = "#" + params.toString().replace(/\+/g, "%20");
    return link;
  }

  function countText(n) { return n === 1 ? "1 Angebot" : n + " Angebote"; }

  function summary(finder, result) {
    var parts = Object.keys(result.filters).filter(function (k) { return result.filters[k]; })
      .map(function (k) { return filterValue(finder, k, result.filters[k]); });
    var text = countText(result.ids.length) + (result.similar ? " mit einem Teil deiner Wörter" : " gefunden");
    return text + (parts.length ? " (" + parts.join(", ") + ")." : ".");
  }

  function dropHints(finder, result, state, today, box) {
    var tips = [];
    result.terms.forEach(function (word) {
      var rest = state.q.split(/\s+/).filter(function (w) { return w && w.toLowerCase() !== word; }).join(" ");
      var n = finder.search(rest, chosenOf(state), today).ids.length;
      if (n && rest !== state.q) { tips.push(["„" + word + "“ weglassen", Object.assign({}, state, { q: rest }), n]); }
    });
    Object.keys(NAMES).forEach(function (name) {
      if (!state[name]) { return; }
      var without = Object.assign({}, state);
      without[name] = "";
      var n = finder.search(state.q, chosenOf(without), today).ids.length;
      if (n) { tips.push(["Filter „" + filterValue(finder, name, state[name]) + "“ entfernen", without, n]); }
    });
    if (tips.length) {
      var p = el("p", "aw-tip", "Versuch es so: ");
      tips.slice(0, 3).forEach(function (tip, i) {
        if (i) { p.appendChild(document.createTextNode(" · ")); }
        p.appendChild(fragmentLink(tip[1], [], tip[0] + " (" + countText(tip[2]) + ")"));
      });
      box.appendChild(p);
    }
    var lists = el("p", "aw-tip", "Oder schau in die Listen nach ");
    [["Thema", "themen/"], ["Klasse", "klassen/"], ["Ort", "orte/"]].forEach(function (l, i) {
      if (i) { lists.appendChild(document.createTextNode(i === 2 ? " und " : ", ")); }
      var a = el("a", "", l[0]);
      a.href = box.getAttribute("data-root") + l[1];
      lists.appendChild(a);
    });
    lists.appendChild(document.createTextNode("."));
    box.appendChild(lists);
  }

  function chosenOf(state) {
    var chosen = {};
    Object.keys(NAMES).forEach(function (k) { chosen[k] = state[k]; });
    return chosen;
  }

  function schoolList(finder, result, parts, today) {
    parts.school.textContent = "";
    if (!result.schoolDocs.length) { return; }
    parts.school.appendChild(el("h2", "", "Nur für einzelne Schulen"));
    parts.school.appendChild(el("p", "aw-meta", "Diese Angebote gibt es nur für die Schülerinnen und " +
      "Schüler der genannten Schule. Wähle oben deine Schule, dann siehst du nur ihre."));
    var list = el("ol", "aw-offers aw-finder-results");
    result.schoolDocs.slice(0, parts.shown).forEach(function (doc) {
      list.appendChild(item(finder, doc, result.filters, parts.root, today));
    });
    parts.school.appendChild(list);
  }

  function render(finder, result, state, parts, today) {
    var n = result.ids.length, others = result.schoolOnly.length;
    parts.list.textContent = "";
    parts.hints.textContent = "";
    parts.hints.setAttribute("data-root", parts.root);
    var message = n ? summary(finder, result) : "Keine Angebote für alle gefunden.";
    if (!n && !others) { message = "Keine Angebote gefunden."; }
    if (others) { message += " Dazu " + countText(others) + " nur für einzelne Schulen."; }
    if (result.unknown.length) {
      message += " Nicht gefunden: " + result.unknown.map(function (w) { return "„" + w + "“"; }).join(", ") + ".";
    }
    parts.status.textContent = message;
    if (result.similar) {
      parts.hints.appendChild(el("p", "aw-tip", "Kein Angebot passt zu allen Wörtern. Ähnliche Treffer:"));
    }
    if (result.pages.length) {
      var p = el("p", "aw-pages", "Passende Seiten: ");
      result.pages.forEach(function (path, i) {
        var page = finder.index.pages.filter(function (pg) { return pg[1] === path; })[0];
        if (i) { p.appendChild(document.createTextNode(" · ")); }
        var a = el("a", "", page[0] + " (" + page[2] + ")");
        a.href = parts.root + path;
        p.appendChild(a);
      });
      parts.hints.appendChild(p);
    }
    if (!n || result.similar) { dropHints(finder, result, state, today, parts.hints); }
    result.docs.slice(0, parts.shown).forEach(function (doc) {
      parts.list.appendChild(item(finder, doc, result.filters, parts.root, today));
    });
    schoolList(finder, result, parts, today);
    parts.moreWrap.hidden = Math.max(n, others) <= parts.shown;
  }

  window.AwFinderView = { render: render };
})();
