// The comparison picker: choosing an indicator clears the department type and the other way round.
(function () {
  "use strict";
  var ind = document.getElementById("pick-indicator");
  var dep = document.getElementById("pick-department");
  if (!ind || !dep) { return; }
  ind.addEventListener("change", function () { if (ind.value) { dep.value = ""; } });
  dep.addEventListener("change", function () { if (dep.value) { ind.value = ""; } });
})();
