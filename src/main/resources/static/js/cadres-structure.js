// Charts of the cadre structure: #structure-data[data-charts] holds {DIMENSION: {title, labels, data}, FLOWS: {labels, series}}
document.addEventListener('DOMContentLoaded', function () {
  var holder = document.getElementById('structure-data');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }
  var charts = JSON.parse(holder.getAttribute('data-charts'));
  var pies = {GENDER: true, EDUCATION: true};
  document.querySelectorAll('.structure-chart[data-dimension]').forEach(function (el) {
    var data = charts[el.getAttribute('data-dimension')];
    if (!data || !data.labels || data.labels.length === 0) {
      return;
    }
    el.style.height = '260px';
    var chart = echarts.init(el);
    var option;
    if (data.series) {
      option = {
        tooltip: {trigger: 'axis'}, legend: {top: 0},
        grid: {left: 8, right: 16, bottom: 8, top: 32, containLabel: true},
        xAxis: {type: 'category', data: data.labels}, yAxis: {type: 'value', minInterval: 1},
        series: data.series.map(function (s) { return {name: s.name, type: 'bar', data: s.data}; })
      };
    } else if (pies[el.getAttribute('data-dimension')]) {
      option = {
        tooltip: {trigger: 'item', formatter: '{b}: {c} ({d}%)'},
        series: [{type: 'pie', radius: ['35%', '70%'],
          data: data.labels.map(function (l, i) { return {name: l, value: data.data[i]}; })
            .filter(function (d) { return d.value > 0; })}]
      };
    } else {
      option = {
        color: ['#1565c0'], tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
        grid: {left: 8, right: 16, bottom: 8, top: 16, containLabel: true},
        xAxis: {type: 'category', data: data.labels, axisLabel: {interval: 0, rotate: data.labels.length > 6 ? 30 : 0}},
        yAxis: {type: 'value', minInterval: 1},
        series: [{type: 'bar', data: data.data, label: {show: true, position: 'top'}}]
      };
    }
    chart.setOption(option);
    el.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
