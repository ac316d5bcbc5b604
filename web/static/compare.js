// The comparison picker: choosing an indicator clears the department type and the other way round; a new subject
// clears the institution-scope filter (its choices belong to the previous subject).
(function () {
  "use strict";
  var ind = document.getElementById("pick-indicator");
  var dep = document.getElementById("pick-department");
  var scope = document.getElementById("filter-scope");
  var box = document.getElementById("filter-box");
  if (box && box.getAttribute("data-chosen") === "0" && window.matchMedia("(max-width: 820px)").matches) {
    box.open = false;  // on a phone the results come first; the filters open on demand
  }
  if (!ind || !dep) { return; }
  function changed(other) {
    return function (ev) {
      if (ev.target.value) { other.value = ""; }
      if (scope) { scope.value = ""; }
    };
  }
  ind.addEventListener("change", changed(dep));
  dep.addEventListener("change", changed(ind));
})();
