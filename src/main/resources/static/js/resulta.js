// Resulta page behaviour: CSRF for htmx requests, and ECharts charts declared in data-chart attributes.
(function () {
  'use strict';

  function csrf(headers) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.getAttribute('content')] = token.getAttribute('content');
    }
  }

  document.addEventListener('htmx:configRequest', function (e) {
    csrf(e.detail.headers);
  });

  var charts = [];

  function renderCharts(root) {
    if (typeof echarts === 'undefined') {
      return;
    }
    (root || document).querySelectorAll('[data-chart]').forEach(function (el) {
      if (el.dataset.rendered) {
        return;
      }
      var option;
      try {
        option = JSON.parse(el.dataset.chart);
      } catch (err) {
        el.textContent = 'The chart could not be drawn.';
        return;
      }
      option.animation = false;
      var chart = echarts.init(el, null, { renderer: el.dataset.renderer || 'canvas' });
      chart.setOption(option);
      el.dataset.rendered = 'true';
      charts.push(chart);
      var download = el.dataset.download && document.getElementById(el.dataset.download);
      if (download) {
        download.addEventListener('click', function () {
          var a = document.createElement('a');
          a.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
          a.download = (el.dataset.filename || 'chart') + '.png';
          document.body.appendChild(a);
          a.click();
          a.remove();
        });
      }
    });
  }

  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });
  window.addEventListener('beforeprint', function () {
    charts.forEach(function (c) { c.resize(); });
  });
  document.addEventListener('DOMContentLoaded', function () { renderCharts(document); });
  document.addEventListener('htmx:afterSettle', function (e) { renderCharts(e.target); });

  document.addEventListener('click', function (e) {
    if (e.target.matches('[data-print]')) {
      window.print();
    }
  });

  // Selects marked data-autosubmit submit their form when changed (with a button kept for keyboard users).
  document.addEventListener('change', function (e) {
    if (e.target.matches('select[data-autosubmit]') && e.target.form) {
      e.target.form.requestSubmit();
    }
  });
})();
