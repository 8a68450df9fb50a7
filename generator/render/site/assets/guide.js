/* Angebotswegweiser: "Wer hilft mir?" in the browser. Reads the rules and contacts written at
   build time (wer-hilft-mir.json) and the answers in the form; writes the result into the page.
   Nothing is sent and nothing is stored. Rules as in generator/analyse/guide.py. */
(function () {
  "use strict";
  var script = document.currentScript;
  var root = script.getAttribute("data-aw-root");
  var form = document.getElementById("aw-guide");
  var answer = document.getElementById("aw-guide-answer");
  var MAX_OFFERS = 10;
  if (!form || !answer) { return; }

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text) { node.textContent = text; }
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function link(text, href) { return el("a", text, { href: href }); }

  function applies(rule, age, stage, bg) {
    return rule.stages.indexOf(stage) >= 0 &&
      (rule.min_age === null || age >= rule.min_age) &&
      (rule.max_age === null || age <= rule.max_age) &&
      (rule.buergergeld === null || bg === "unklar" || rule.buergergeld === (bg === "ja"));
  }
  function fits(offer, ags, age, stage) {
    if (offer.towns !== "*" && offer.towns.indexOf(ags) < 0) { return false; }
    if (stage === "schule" ? !offer.school : !offer.after) { return false; }
    return (offer.min_age === null || offer.min_age <= age) &&
      (offer.max_age === null || offer.max_age >= age);
  }

  function contactBlock(contact) {
    var box = el("div", "", { "class": "aw-contact" });
    var p = el("p");
    p.appendChild(el("strong", contact.partner));
    p.appendChild(el("br"));
    p.appendChild(document.createTextNode(contact.contact));
    box.appendChild(p);
    var list = el("ul");
    if (contact.phone) {
      var li = el("li", "Telefon: "); li.appendChild(link(contact.phone, contact.tel)); list.appendChild(li);
    }
    if (contact.email) {
      var mail = el("li", "E-Mail: "); mail.appendChild(link(contact.email, contact.mailto)); list.appendChild(mail);
    }
    var more = el("li"); more.appendChild(link("Mehr über " + contact.partner, root + contact.partner_path));
    list.appendChild(more);
    box.appendChild(list);
    return box;
  }

  function show(data) {
    var values = new FormData(form);
    var age = parseInt(values.get("alter"), 10), stage = values.get("stufe");
    var bg = values.get("buergergeld"), ags = values.get("ort");
    var town = data.towns[ags];
    answer.textContent = "";
    var heading = el("h2", "Diese Stellen helfen dir in " + town.name, { id: "antwort", tabindex: "-1" });
    answer.appendChild(heading);
    data.rules.filter(function (r) { return applies(r, age, stage, bg); }).forEach(function (rule) {
      var section = el("section", "", { "class": "aw-guide-role", "data-role": rule.role });
      section.appendChild(el("h3", rule.label));
      var why = el("p", rule.buergergeld && bg === "unklar" ? "Falls deine Familie Bürgergeld bekommt: " + rule.text : rule.text);
      section.appendChild(why);
      var contact = town.roles[rule.role];
      if (contact) {
        section.appendChild(contactBlock(contact));
      } else {
        var missing = el("p", "Dazu fehlt noch ein Eintrag. Frag die Koordinierung: ");
        missing.appendChild(link(data.coordination, "mailto:" + data.coordination));
        section.appendChild(missing);
      }
      answer.appendChild(section);
    });
    var offers = data.offers.filter(function (o) { return fits(o, ags, age, stage); });
    answer.appendChild(el("h2", "Angebote, die passen (" + offers.length + ")", { id: "passende-angebote" }));
    var list = el("ul", "", { "class": "aw-offers" });
    offers.slice(0, MAX_OFFERS).forEach(function (o) {
      var li = el("li"); li.appendChild(link(o.title, root + o.path)); list.appendChild(li);
    });
    answer.appendChild(list);
    var filter = "ort=" + ags + (stage === "schule" ? "" : "&klasse=nach-der-schule");
    var all = el("p"); all.appendChild(link(offers.length > MAX_OFFERS ? "Alle " + offers.length +
      " Angebote in der Suche" : "In der Suche weiter eingrenzen", root + "suche/#" + filter));
    answer.appendChild(all);
    heading.focus();
  }

  fetch(root + "assets/aw/wer-hilft-mir.json").then(function (r) { return r.json(); })
    .then(function (data) {
      form.hidden = false;
      form.addEventListener("submit", function (event) {
        event.preventDefault();  // nothing is sent
        show(data);
      });
    });
})();
