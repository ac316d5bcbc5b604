// YASGUI over the local /sparql endpoint: prefixes from the project (collapsed on load, so the query shows first),
// completion over this ontology's own terms (the online LOV class/property completers are replaced), no persistence
// so a permalink always shows its query, and result IRIs that open their local page (not https://w3id.org/…, which
// is dead offline) in the same tab.
(function () {
  "use strict";
  var el = document.getElementById("yasgui");
  if (!el || !window.Yasgui) { return; }
  var Yasgui = window.Yasgui;
  var Yasqe = Yasgui.Yasqe;
  var endpoint = new URL(el.dataset.endpoint, window.location.href).href;
  var base = el.dataset.base || "";

  function localHref(iri) {
    if (base && iri.indexOf(base) === 0 && iri.indexOf("#") < 0 && iri.indexOf("?") < 0) {
      return "/" + iri.slice(base.length);
    }
    return "/resource?iri=" + encodeURIComponent(iri);
  }

  function localise(root) {  // result links: the local page of each IRI, in this tab
    root.querySelectorAll(".yasr a[href^='http']").forEach(function (a) {
      var iri = a.getAttribute("href");
      a.setAttribute("href", localHref(iri));
      a.setAttribute("data-iri", iri);
      a.removeAttribute("target");
      a.removeAttribute("rel");
    });
  }

  function start(terms, prefixes) {
    Yasqe.forkAutocompleter("class", {
      name: "policykg-class", bulk: true, persistenceId: null,
      get: function () { return terms.classes; }
    }, false);
    Yasqe.forkAutocompleter("property", {
      name: "policykg-property", bulk: true, persistenceId: null,
      get: function () { return terms.properties; }
    }, false);
    Yasqe.defaults.autocompleters = ["prefixes", "variables", "policykg-class", "policykg-property"];
    var yasgui = new Yasgui(el, {
      requestConfig: { endpoint: endpoint, method: "POST" },
      copyEndpointOnNewTab: true,
      persistenceId: null,
      populateFromUrl: false,
      endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
      yasqe: { value: el.dataset.query, collapsePrefixesOnLoad: true,
               prefixCcApi: new URL(el.dataset.prefixes, window.location.href).href },
      yasr: { prefixes: prefixes }
    });
    var tab = yasgui.getTab();
    if (tab) {
      tab.setEndpoint(endpoint);
      tab.setQuery(el.dataset.query);
      var yasqe = tab.getYasqe && tab.getYasqe();
      if (yasqe && yasqe.collapsePrefixes) { yasqe.collapsePrefixes(true); }
    }
    new MutationObserver(function () { localise(el); }).observe(el, { childList: true, subtree: true });
    window.policykgYasgui = yasgui;
  }

  function json(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) { return r.json(); });
  }

  Promise.all([
    json(el.dataset.terms).catch(function () { return { classes: [], properties: [] }; }),
    json(el.dataset.prefixes).catch(function () { return {}; })
  ]).then(function (found) { start(found[0], found[1]); });
})();
