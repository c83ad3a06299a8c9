(function () {
  'use strict';
  var RANK = { high: 0, medium: 1, low: 2 };
  var kindBoxes = Array.prototype.slice.call(document.querySelectorAll('#filters input[data-kind]'));
  var severity = document.getElementById('severity');
  var agreeing = document.getElementById('agreeing');
  var shown = document.getElementById('shown');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tbody.statement, .orphan'));
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark.claim'));
  function apply() {
    var kinds = {};
    kindBoxes.forEach(function (box) { kinds[box.getAttribute('data-kind')] = box.checked; });
    var max = RANK[severity ? severity.value : 'low'];
    if (max === undefined) max = 2;
    var on = {};
    var statements = 0, visible = 0;
    rows.forEach(function (row) {
      var findings = row.querySelectorAll('.finding');
      var any = false;
      Array.prototype.forEach.call(findings, function (f) {
        var rank = RANK[f.getAttribute('data-severity')];
        var ok = kinds[f.getAttribute('data-kind')] !== false && (rank === undefined ? 2 : rank) <= max;
        f.hidden = !ok;
        if (ok) { any = true; on[f.getAttribute('data-d')] = true; }
      });
      var show = findings.length > 0 ? any : !agreeing || agreeing.checked;
      row.hidden = !show;
      if (row.classList.contains('statement')) { statements++; if (show) visible++; }
    });
    marks.forEach(function (m) {
      var ids = (m.getAttribute('data-d') || '').split(' ');
      m.classList.toggle('off', !ids.some(function (id) { return on[id]; }));
    });
    if (shown) shown.textContent = 'Showing ' + visible + ' of ' + statements + ' statements';
  }
  kindBoxes.forEach(function (box) { box.addEventListener('change', apply); });
  if (severity) severity.addEventListener('change', apply);
  if (agreeing) agreeing.addEventListener('change', apply);
  apply();
})();
