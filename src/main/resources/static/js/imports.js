// Import job page: polls the job's progress and reloads the page for the report when the job has finished.
(function () {
  'use strict';

  function start() {
    var section = document.getElementById('import-progress');
    if (!section || section.dataset.finished === 'true') {
      return;
    }
    var url = section.dataset.progressUrl;
    var bar = document.getElementById('import-bar');
    function poll() {
      fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
        .then(function (r) { return r.json(); })
        .then(function (p) {
          document.getElementById('import-state').textContent = p.state.toLowerCase();
          document.getElementById('import-read').textContent = p.rowsRead;
          document.getElementById('import-rejected').textContent = p.rowsRejected;
          if (p.percent !== null && p.percent !== undefined) {
            bar.value = p.percent;
          }
          if (p.finished) {
            bar.value = 100;
            window.location.reload();
          } else {
            setTimeout(poll, 500);
          }
        })
        .catch(function () { setTimeout(poll, 2000); });
    }
    poll();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
