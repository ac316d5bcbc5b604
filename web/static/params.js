// Canned-query parameters chosen by label: a search field fills its list of choices from /api/choices as one types
// (documents, jurisdictions, facts from the index); the chosen value's label is shown next to it.
(function () {
  "use strict";
  document.querySelectorAll("input[data-choices]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("list"));
    var shown = document.getElementById("vl-" + input.name);
    var labels = {};
    var timer = null;
    var asked = "";
    function fill(items) {
      list.textContent = "";
      items.forEach(function (item) {
        labels[item.value] = item.label;
        var opt = document.createElement("option");
        opt.value = item.value;
        opt.label = item.label;
        opt.textContent = item.label;
        list.appendChild(opt);
      });
    }
    function fetchChoices() {
      var text = input.value.trim();
      if (text === asked) { return; }
      asked = text;
      var url = input.getAttribute("data-choices") + "&q=" + encodeURIComponent(labels[text] ? "" : text);
      fetch(url, { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(fill)
        .catch(function () { fill([]); });
    }
    input.addEventListener("focus", fetchChoices);
    input.addEventListener("input", function () {
      if (labels[input.value] && shown) { shown.textContent = labels[input.value]; }
      clearTimeout(timer);
      timer = setTimeout(fetchChoices, 150);
    });
  });
})();
