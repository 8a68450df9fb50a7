/* Angebotswegweiser finder: the header search field on every page, and the finder form on the
   home page and on suche/. The state lives in the URL fragment (#q=…&klasse=9), never in a query
   string, so no search reaches a server. The index and the stemmer load on first use only. */
(function () {
  "use strict";
  var script = document.currentScript;
  var ROOT = script ? script.getAttribute("data-aw-root") : "./";
  var FIELDS = ["q", "klasse", "ort", "schule", "thema", "lage", "fuer", "sprache", "kostenlos",
    "barrierefrei", "kommend"];
  var PAGE = 30;

  function fragmentOf(state) {
    var params = new URLSearchParams();
    FIELDS.forEach(function (k) { if (state[k]) { params.set(k, state[k]); } });
    return params.toString().replace(/\+/g, "%20");
  }

  // The header search field: Enter opens the finder with the words in the fragment.
  document.querySelectorAll("form[data-aw-header-search]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var words = form.querySelector("input").value.trim();
      var target = new URL(form.getAttribute("action"), window.location.href);
      target.hash = words ? fragmentOf({ q: words }) : "";
      window.location.assign(target.href);
    });
  });

  // The menu on phones: the theme opens it with a label only a pointer can use. A real button
  // takes its place: reachable with Tab, Enter or Space opens it, Escape closes it.
  var label = document.querySelector("[data-aw-menu]");
  var drawer = document.getElementById("__drawer");
  if (label && drawer) {
    var menu = document.createElement("button");
    menu.type = "button";
    menu.className = label.className;
    menu.innerHTML = label.innerHTML;  // the theme's icon, from the page itself
    menu.setAttribute("aria-label", "Menü");
    menu.setAttribute("aria-expanded", "false");
    label.parentNode.insertBefore(menu, label);
    label.hidden = true;
    var sync = function () { menu.setAttribute("aria-expanded", drawer.checked ? "true" : "false"); };
    var toggle = function (open) {
      drawer.checked = open;
      drawer.dispatchEvent(new Event("change"));
      sync();
    };
    drawer.addEventListener("change", sync);
    menu.addEventListener("click", function () {
      toggle(!drawer.checked);
      var first = drawer.checked && document.querySelector(".md-sidebar--primary a");
      if (first) { first.focus(); }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && drawer.checked) { toggle(false); menu.focus(); }
    });
    menu.setAttribute("data-aw-menu-button", "");
  }

  var box = document.querySelector("[data-aw-finder]");
  if (!box) { return; }
  var form = box.querySelector("[data-aw-form]");
  var status = box.querySelector("[data-aw-status]");
  var list = box.querySelector("[data-aw-results]");
  var hints = box.querySelector("[data-aw-hints]");
  var moreWrap = box.querySelector("[data-aw-more-wrap]");
  var school = box.querySelector("[data-aw-school]");
  var controls = {};
  box.querySelectorAll("[data-aw-field]").forEach(function (el) {
    controls[el.getAttribute("data-aw-field")] = el;
  });
  form.hidden = false;
  var finder = null, loading = null, timer = null, shown = PAGE;

  function addScript(path) {
    return new Promise(function (resolve, reject) {
      var el = document.createElement("script");
      el.src = ROOT + path;
      el.onload = resolve;
      el.onerror = reject;
      document.head.appendChild(el);
    });
  }

  function load() {
    if (!loading) {
      var scripts = addScript("assets/aw/lunr.js")
        .then(function () { return addScript("assets/aw/lunr.stemmer.support.js"); })
        .then(function () { return addScript("assets/aw/lunr.de.js"); })
        .then(function () { return addScript("assets/aw/finder-engine.js"); })
        .then(function () { return addScript("assets/aw/finder-view.js"); });
      var index = fetch(ROOT + "assets/aw/suchindex.json").then(function (r) {
        if (!r.ok) { throw new Error(r.status); }
        return r.json();
      });
      loading = Promise.all([index, scripts]).then(function (parts) {
        finder = new window.AwFinder.Finder(parts[0]);
        return finder;
      });
    }
    return loading;
  }

  function readState() {
    var params = new URLSearchParams(window.location.hash.slice(1)), state = {};
    FIELDS.forEach(function (k) { state[k] = params.get(k) || ""; });
    return state;
  }

  function controlState() {
    var state = {};
    FIELDS.forEach(function (k) {
      var el = controls[k];
      if (!el) { state[k] = ""; return; }
      state[k] = el.type === "checkbox" ? (el.checked ? "1" : "") : el.value.trim();
    });
    return state;
  }

  function showState(state) {
    FIELDS.forEach(function (k) {
      var el = controls[k];
      if (!el) { return; }
      if (el.type === "checkbox") { el.checked = state[k] === "1"; } else { el.value = state[k]; }
    });
    if (state.thema || state.lage || state.fuer || state.sprache || state.kostenlos ||
        state.barrierefrei || state.kommend) {
      box.querySelector("details").open = true;
    }
  }

  function isEmpty(state) {
    return FIELDS.every(function (k) { return !state[k]; });
  }

  function today() {
    var d = new Date();
    return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  function run(state) {
    if (isEmpty(state)) {
      status.textContent = "Tippe ein Wort ein oder wähle deine Klasse oder deinen Ort.";
      list.textContent = "";
      hints.textContent = "";
      school.textContent = "";
      moreWrap.hidden = true;
      return;
    }
    if (!finder) {
      status.textContent = "Die Suche wird geladen …";
      load().then(function () { run(controlState()); }, failed);
      return;
    }
    var chosen = {};
    FIELDS.forEach(function (k) { if (k !== "q") { chosen[k] = state[k]; } });
    var day = today();
    window.AwFinderView.render(finder, finder.search(state.q, chosen, day), state, {
      status: status, list: list, hints: hints, moreWrap: moreWrap, school: school, root: ROOT,
      shown: shown
    }, day);
  }

  function failed() {
    loading = null;
    status.textContent = "Die Suche konnte nicht geladen werden. Nutze die Listen nach Klasse, " +
      "Ort oder Thema.";
  }

  function changed(immediately) {
    var state = controlState();
    var fragment = fragmentOf(state);
    var url = window.location.pathname + window.location.search + (fragment ? "#" + fragment : "");
    window.history.replaceState(null, "", url);
    window.clearTimeout(timer);
    shown = PAGE;
    if (immediately) { run(state); } else {
      timer = window.setTimeout(function () { run(state); }, 50);
    }
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); changed(true); });
  form.addEventListener("input", function (event) {
    changed(event.target.type !== "search" && event.target.type !== "text");
  });
  form.addEventListener("change", function (event) {
    if (event.target.type !== "search") { changed(true); }
  });
  form.addEventListener("focusin", function () { load().catch(function () {}); }, { once: true });
  box.querySelector("[data-aw-more]").addEventListener("click", function () {
    shown += PAGE;
    run(controlState());
  });
  window.addEventListener("hashchange", function () {
    var state = readState();
    showState(state);
    shown = PAGE;
    run(state);
  });
  var initial = readState();
  showState(initial);
  if (!isEmpty(initial)) { run(initial); }
})();
