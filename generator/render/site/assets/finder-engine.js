/* Angebotswegweiser finder: the query, step for step as generator/render/site/finder_query.py
   does it on the same index (the tests compare both). Needs lunr.js and lunr.de.js (stemmer). */
(function () {
  "use strict";
  var EXACT = 10, PREFIX = 7, INSIDE = 6, TYPO = 6, HEAD = 2, MODIFIER = 2;
  var FIELD_FACTOR = [1, 2, 3, 4];
  var CLASS_WORDS = ["klasse", "klassen", "jahrgang", "jahrgangsstufe", "stufe", "jg", "kl"];
  var LEAVERS = "nach-der-schule";
  var FILTER_NAMES = ["klasse", "ort", "schule", "thema", "lage", "fuer", "sprache",
    "kostenlos", "barrierefrei", "kommend"];
  var UMLAUTS = { "ä": "a", "ö": "o", "ü": "u", "ß": "ss" };
  var stemCache = new Map();

  function words(text) {
    return text.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
  }
  function fold(word) {
    return word.replace(/[äöüß]/g, function (c) { return UMLAUTS[c]; })
      .replace(/ae|oe|ue/g, function (m) { return m[0]; });
  }
  function stem(word) {
    if (!stemCache.has(word)) {
      stemCache.set(word, fold(window.lunr.de.stemmer(new window.lunr.Token(word)).toString()));
    }
    return stemCache.get(word);
  }
  function schoolClass(token) {
    return /^[0-9]{1,2}$/.test(token) && +token >= 5 && +token <= 13;
  }
  function sameList(a, b) {
    if (a.length !== b.length) { return false; }
    for (var i = 0; i < a.length; i++) { if (a[i] !== b[i]) { return false; } }
    return true;
  }
  function oneEditApart(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) { return false; }
    if (a.length > b.length) { var t = a; a = b; b = t; }
    var i = 0;
    while (i < a.length && a[i] === b[i]) { i++; }
    if (a.length < b.length) { return a.slice(i) === b.slice(i + 1); }
    return a.slice(i + 1) === b.slice(i + 1) || (i + 1 < a.length && a[i] === b[i + 1] &&
      a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }

  function Finder(index) {
    var self = this;
    this.index = index;
    this.f = {};
    index.fields.forEach(function (name, n) { self.f[name] = n; });
    this.vocab = Object.keys(index.terms).sort();
    this.stop = new Set(index.stop);
    this.docs = new Map();
    this.phrases = this.makePhrases();
    this.towns = index.towns.map(function (t) { return t[0]; });
  }

  Finder.prototype.makePhrases = function () {
    var index = this.index;
    var phrases = [[["nach", "der", "schul"], "klasse", LEAVERS]];
    index.schools.forEach(function (s) { phrases.push([s[4], "schule", s[0]]); });
    index.towns.forEach(function (t) { phrases.push([t[2], "ort", t[0]]); });
    index.syn.forEach(function (group) {
      group[0].forEach(function (keys) { phrases.push([keys, "syn", group]); });
    });
    phrases = phrases.filter(function (p) { return p[0].length; });
    var order = phrases.map(function (p, n) { return [p, n]; });
    order.sort(function (a, b) { return (b[0][0].length - a[0][0].length) || (a[1] - b[1]); });
    return order.map(function (o) { return o[0]; });
  };

  Finder.prototype.postings = function (key) {
    if (!this.docs.has(key)) {
      var decoded = new Map(), number = 0;
      (this.index.terms[key] || []).forEach(function (code) {
        number += code >> 2;
        decoded.set(number, code & 3);
      });
      this.docs.set(key, decoded);
    }
    return this.docs.get(key);
  };

  // 1. reading the text
  Finder.prototype.parse = function (text) {
    var tokens = words(text);
    var keys = tokens.map(stem);
    var parsed = { terms: [], filters: {} }, i = 0;
    while (i < tokens.length) { i = this.read(tokens, keys, i, parsed); }
    this.schoolByForm(parsed);
    return parsed;
  };

  Finder.prototype.read = function (tokens, keys, i, parsed) {
    var token = tokens[i];
    var following = i + 1 < tokens.length ? tokens[i + 1] : "";
    if (CLASS_WORDS.indexOf(token) >= 0 && schoolClass(following)) {
      parsed.filters.klasse = following;
      return i + 2;
    }
    if (schoolClass(token)) {
      parsed.filters.klasse = token;
      return CLASS_WORDS.indexOf(following) >= 0 ? i + 2 : i + 1;
    }
    for (var p = 0; p < this.phrases.length; p++) {
      var phrase = this.phrases[p];
      if (sameList(keys.slice(i, i + phrase[0].length), phrase[0])) {
        this.apply(phrase[1], phrase[2], tokens.slice(i, i + phrase[0].length).join(" "), parsed);
        return i + phrase[0].length;
      }
    }
    if (!this.stop.has(fold(token))) {
      parsed.terms.push({ text: token, alternatives: [[[keys[i]], EXACT]], fuzzy: true });
    }
    return i + 1;
  };

  Finder.prototype.apply = function (kind, value, text, parsed) {
    var stop = this.stop;
    if (kind !== "syn") {
      if (!(kind in parsed.filters)) { parsed.filters[kind] = value; }
      return;
    }
    if (value[2]) { return; }
    var chosen = value[1].length ? value[1] : value[0];
    var alternatives = chosen.map(function (keys) {
      return [keys.filter(function (k) { return !stop.has(k); }), EXACT];
    }).filter(function (a) { return a[0].length; });
    parsed.terms.push({ text: text, alternatives: alternatives, fuzzy: false });
  };

  Finder.prototype.schoolByForm = function (parsed) {
    var town = parsed.filters.ort, index = this.index, towns = this.towns;
    if (town === undefined || "schule" in parsed.filters) { return; }
    parsed.terms.slice().forEach(function (term) {
      var key = term.alternatives.length === 1 ? term.alternatives[0][0][0] : null;
      var form = index.formstems.indexOf(key);
      if (key === null || form < 0 || "schule" in parsed.filters) { return; }
      var found = index.schools.filter(function (s) {
        return s[3] === form && s[2] >= 0 && towns[s[2]] === town;
      });
      if (found.length === 1) {
        parsed.filters.schule = found[0][0];
        parsed.terms.splice(parsed.terms.indexOf(term), 1);
      }
    });
  };

  // 2. alternatives from the index
  Finder.prototype.expand = function (term) {
    var found = new Map(), self = this;
    term.alternatives.forEach(function (alt) {
      if (alt[0].length !== 1) { return; }
      self.expandOne(alt[0][0], term.fuzzy ? term.text : null).forEach(function (kw) {
        found.set(kw[0], Math.max(found.get(kw[0]) || 0, kw[1]));
      });
    });
    return found;
  };

  Finder.prototype.expandOne = function (key, typed) {
    var terms = this.index.terms, self = this;
    var known = Object.prototype.hasOwnProperty.call(terms, key);
    var found = known ? [[key, EXACT]] : [];
    this.vocab.forEach(function (other) {
      var at = other !== key ? other.indexOf(key) : -1;
      if ((at === 0 && key.length >= 4) || (at > 0 && key.length >= 5)) {
        found.push([other, at === 0 ? PREFIX : INSIDE]);
      }
    });
    if (typed !== null) { found = found.concat(this.parts(key, known)); }
    if (!found.length && typed !== null && typed.length >= 5) {
      found = this.vocab.filter(function (other) { return self.oneTypo(key, typed, other); })
        .map(function (other) { return [other, TYPO]; });
    }
    return found;
  };

  Finder.prototype.oneTypo = function (key, typed, other) {
    if (oneEditApart(key, other)) { return true; }
    var endings = (this.index.forms[other] || "").split(" "), written = fold(typed);
    return endings.some(function (e) {
      return e && oneEditApart(written, e[0] === "=" ? e.slice(1) : other + e);
    });
  };

  Finder.prototype.parts = function (key, known) {
    if (key.length < 8) { return []; }
    var terms = this.index.terms, parts = [], k;
    var has = function (s) { return Object.prototype.hasOwnProperty.call(terms, s); };
    for (k = 3; k < key.length - 3; k++) {
      if (has(key.slice(k))) { parts.push([key.slice(k), HEAD]); break; }
    }
    if (!known) {
      for (k = key.length - 3; k > 3; k--) {
        if (has(key.slice(0, k))) { parts.push([key.slice(0, k), MODIFIER]); break; }
      }
    }
    return parts;
  };

  Finder.prototype.termScores = function (term) {
    var scores = new Map(), self = this;
    this.expand(term).forEach(function (weight, key) {
      self.postings(key).forEach(function (field, doc) {
        scores.set(doc, Math.max(scores.get(doc) || 0, weight * FIELD_FACTOR[field]));
      });
    });
    term.alternatives.forEach(function (alt) {
      if (alt[0].length < 2) { return; }
      var lists = alt[0].map(function (k) { return self.postings(k); });
      lists[0].forEach(function (_, doc) {
        if (!lists.every(function (p) { return p.has(doc); })) { return; }
        var least = Math.min.apply(null, lists.map(function (p) { return FIELD_FACTOR[p.get(doc)]; }));
        scores.set(doc, Math.max(scores.get(doc) || 0, alt[1] * least));
      });
    });
    return scores;
  };

  Finder.prototype.rarity = function (found) {
    var total = this.index.offers.length;
    return found * 4 > total ? 1 : found * 16 > total ? 2 : 3;
  };

  Finder.prototype.weighted = function (scores) {
    var rarity = this.rarity(scores.size), out = new Map();
    scores.forEach(function (score, doc) { out.set(doc, score * rarity); });
    return out;
  };

  // 3. and 4. matching, filters, order
  Finder.prototype.search = function (text, chosen, today) {
    var self = this, parsed = this.parse(text), filters = {}, k;
    for (k in parsed.filters) { filters[k] = parsed.filters[k]; }
    for (k in chosen) { if (chosen[k]) { filters[k] = chosen[k]; } }
    if (filters.schule) { filters.ort = this.schoolTown(filters.schule) || filters.ort || ""; }
    var scored = parsed.terms.map(function (t) { return [t, self.weighted(self.termScores(t))]; });
    var result = {
      ids: [], similar: false, recognised: parsed.filters, filters: filters,
      unknown: scored.filter(function (s) { return !s[1].size; }).map(function (s) { return s[0].text; }),
      pages: [], docs: [], terms: [], schoolOnly: [], schoolDocs: []
    };
    scored = scored.filter(function (s) { return s[1].size; });
    result.terms = scored.map(function (s) { return s[0].text; });
    if (!scored.length && !FILTER_NAMES.some(function (n) { return filters[n]; })) { return result; }
    var fits = [], fit = this.checks(filters, today);
    for (var d = 0; d < this.index.offers.length; d++) {
      if (fit(d)) { fits.push(d); }
    }
    var scores = scored.map(function (s) { return s[1]; });
    var ranked = this.rank(fits, scores, filters, today, true);
    if (!ranked.length && scored.length > 1) {
      ranked = this.rank(fits, scores, filters, today, false);
      result.similar = ranked.length > 0;
    }
    result.docs = ranked.filter(function (doc) { return self.group(doc, filters) < 2; });
    result.schoolDocs = ranked.filter(function (doc) { return self.group(doc, filters) === 2; });
    result.ids = result.docs.map(function (doc) { return self.row(doc, "id"); });
    result.schoolOnly = result.schoolDocs.map(function (doc) { return self.row(doc, "id"); });
    result.pages = this.pages(scored.map(function (s) { return s[0]; }));
    return result;
  };

  Finder.prototype.rank = function (docs, scores, filters, today, every) {
    var self = this, rows = [];
    docs.forEach(function (doc) {
      var hits = [];
      scores.forEach(function (s) { if (s.has(doc)) { hits.push(s.get(doc)); } });
      if (scores.length && (every ? hits.length < scores.length : !hits.length)) { return; }
      var sum = hits.reduce(function (a, b) { return a + b; }, 0);
      rows.push([self.group(doc, filters), -hits.length, -sum, self.nextDate(doc, today) || "9999",
        self.row(doc, "title").toLowerCase(), self.row(doc, "id"), doc]);
    });
    rows.sort(function (a, b) {
      for (var i = 0; i < 6; i++) {
        if (a[i] < b[i]) { return -1; }
        if (a[i] > b[i]) { return 1; }
      }
      return a[6] - b[6];
    });
    return rows.map(function (r) { return r[6]; });
  };

  Finder.prototype.row = function (doc, name) { return this.index.offers[doc][this.f[name]]; };

  Finder.prototype.group = function (doc, filters) {
    if (this.row(doc, "school") < 0) { return 1; }
    return filters.schule ? 0 : 2;
  };

  Finder.prototype.schoolTown = function (id) {
    var school = this.index.schools.filter(function (s) { return s[0] === id && s[2] >= 0; })[0];
    return school ? this.towns[school[2]] : null;
  };

  Finder.prototype.nextDate = function (doc, today) {
    var dates = this.row(doc, "dates");
    for (var i = 0; i < dates.length; i++) {
      if (dates[i][1] >= today) { return dates[i][0] > today ? dates[i][0] : today; }
    }
    return null;
  };

  Finder.prototype.labelNumber = function (kind, key) {
    return this.index.labels[kind].map(function (l) { return l[0]; }).indexOf(key);
  };

  // The filters as tests, made once per search: (doc) → true when the offer fits.
  Finder.prototype.checks = function (f, today) {
    var self = this, row = this.row.bind(this), tests = [];
    var has = function (name, kind, key) {
      var n = self.labelNumber(kind, key);
      return function (doc) { return row(doc, name).indexOf(n) >= 0; };
    };
    tests.push(function (doc) {
      return !row(doc, "dates").length || !!row(doc, "schedule") || !!self.nextDate(doc, today);
    });
    if (f.kommend) { tests.push(function (doc) { return !!self.nextDate(doc, today); }); }
    if (f.schule) {
      var school = this.index.schools.filter(function (s) { return s[0] === f.schule; })[0];
      var number = this.index.schools.indexOf(school);
      if (school) {
        tests.push(function (doc) {
          var own = row(doc, "school"), forms = row(doc, "forms");
          return (own < 0 || own === number) && (!forms.length || forms.indexOf(school[3]) >= 0);
        });
      }
    }
    if (f.ort) {
      var town = this.towns.indexOf(f.ort);
      tests.push(function (doc) {
        var area = row(doc, "area");
        return area === -1 || (town >= 0 && area.indexOf(town) >= 0);
      });
    }
    if (f.klasse) {
      tests.push(f.klasse === LEAVERS ? function (doc) { return !!row(doc, "leavers"); }
        : function (doc) { return schoolClass(f.klasse) && row(doc, "classes").indexOf(+f.klasse) >= 0; });
    }
    if (f.thema) { tests.push(has("category", "categories", f.thema)); }
    if (f.lage) { tests.push(has("situations", "situations", f.lage)); }
    if (f.fuer) { tests.push(has("audiences", "audiences", f.fuer)); }
    if (f.sprache) {
      var language = has("languages", "languages", f.sprache);
      tests.push(function (doc) {
        return language(doc) || (f.sprache === "de" && !row(doc, "languages").length);
      });
    }
    if (f.kostenlos) { tests.push(function (doc) { return !!row(doc, "free"); }); }
    if (f.barrierefrei) { tests.push(function (doc) { return !!row(doc, "accessible"); }); }
    return function (doc) {
      for (var i = 0; i < tests.length; i++) { if (!tests[i](doc)) { return false; } }
      return true;
    };
  };

  Finder.prototype.pages = function (terms) {
    if (!terms.length) { return []; }
    var self = this;
    var wanted = terms.map(function (t) {
      var set = new Set(self.expand(t).keys());
      t.alternatives.forEach(function (a) { a[0].forEach(function (k) { set.add(k); }); });
      return set;
    });
    return this.index.pages.filter(function (p) {
      return wanted.every(function (w) { return p[3].some(function (k) { return w.has(k); }); });
    }).slice(0, 4).map(function (p) { return p[1]; });
  };

  window.AwFinder = { Finder: Finder, words: words, stem: stem, FILTER_NAMES: FILTER_NAMES,
    LEAVERS: LEAVERS };
})();
