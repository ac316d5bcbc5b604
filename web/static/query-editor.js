// YASGUI over the local /sparql endpoint: prefixes from the project, completion over this ontology's own terms
// (the online LOV class/property completers are replaced), no persistence so a permalink always shows its query.
(function () {
  "use strict";
  var el = document.getElementById("yasgui");
  if (!el || !window.Yasgui) { return; }
  var Yasgui = window.Yasgui;
  var Yasqe = Yasgui.Yasqe;
  var endpoint = new URL(el.dataset.endpoint, window.location.href).href;

  function start(terms) {
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
      yasqe: { value: el.dataset.query, prefixCcApi: new URL(el.dataset.prefixes, window.location.href).href },
      yasr: { prefixes: {} }
    });
    var tab = yasgui.getTab();
    if (tab) {
      tab.setEndpoint(endpoint);
      tab.setQuery(el.dataset.query);
    }
    window.policykgYasgui = yasgui;
  }

  fetch(el.dataset.terms, { headers: { Accept: "application/json" } })
    .then(function (r) { return r.json(); })
    .catch(function () { return { classes: [], properties: [] }; })
    .then(start);
})();
