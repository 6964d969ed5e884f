// Draws each <canvas data-chart="ID"> from the JSON in <script type="application/json" id="ID">:
// {"type": "bar"|"line", "labels": [...], "series": [{"label": "...", "data": [...]}], "unit": "..."}.
// The same figures are in a table next to each chart (the accessible alternative); the canvas is aria-hidden.
(function () {
  'use strict';
  var colours = ['#0031d8', '#c2410c', '#197a4b', '#6b21a8', '#333333'];
  function draw(canvas) {
    var source = document.getElementById(canvas.getAttribute('data-chart'));
    if (!source || typeof Chart === 'undefined') {
      return;
    }
    var spec = JSON.parse(source.textContent);
    var datasets = spec.series.map(function (s, i) {
      return {label: s.label, data: s.data, backgroundColor: colours[i % colours.length],
        borderColor: colours[i % colours.length], borderWidth: 2, pointRadius: 2, fill: false};
    });
    new Chart(canvas, {
      type: spec.type,
      data: {labels: spec.labels, datasets: datasets},
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: {legend: {display: datasets.length > 1}},
        scales: {y: {beginAtZero: spec.type === 'bar', title: {display: !!spec.unit, text: spec.unit || ''}}}
      }
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart]'), draw);
  });
}());
