// Stacked bar charts of grade distributions: <div class="assessment-chart" data-chart='{"labels":[…],"series":[{"name":…,"data":[…]}]}'>
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  var colours = ['#2e7d32', '#1565c0', '#f9a825', '#c62828'];
  document.querySelectorAll('.assessment-chart[data-chart]').forEach(function (el) {
    var data = JSON.parse(el.getAttribute('data-chart'));
    if (!data.labels || data.labels.length === 0) {
      return;
    }
    el.style.height = Math.max(240, 40 * data.labels.length + 80) + 'px';
    var chart = echarts.init(el);
    chart.setOption({
      color: colours,
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      legend: {top: 0},
      grid: {left: 8, right: 16, bottom: 8, top: 32, containLabel: true},
      xAxis: {type: 'value', minInterval: 1},
      yAxis: {type: 'category', data: data.labels, inverse: true},
      series: data.series.map(function (s) {
        return {name: s.name, type: 'bar', stack: 'grades', data: s.data, label: {show: true, formatter: function (p) { return p.value || ''; }}};
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
