// The managers' dashboard: one request for all series, one ECharts instance per chart.
// Series names come from the server as data; ECharts draws them as text on a canvas, never as HTML.
(function () {
  var COLORS = ['#1f7a5c', '#d69e2e', '#3182ce', '#c53030', '#805ad5', '#718096', '#2c7a7b', '#b7791f'];

  function stacked(days, series) {
    return {
      color: COLORS,
      grid: { left: 36, right: 12, top: 36, bottom: 28 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll', textStyle: { fontSize: 11 } },
      xAxis: { type: 'category', data: days.map(function (d) { return d.slice(5); }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: Object.keys(series).map(function (name) {
        return { name: name, type: 'bar', stack: 'all', data: series[name] };
      })
    };
  }

  function percentAxis() {
    return { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } };
  }

  var charts = {
    byType: function (data) { return stacked(data.days, data.ticketsByType); },
    byCategory: function (data) { return stacked(data.days, data.ticketsByCategory); },
    sla: function (data) {
      return {
        color: COLORS,
        grid: { left: 44, right: 12, top: 36, bottom: 28 },
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        xAxis: { type: 'category', data: data.sla.map(function (t) { return t.team; }) },
        yAxis: percentAxis(),
        series: [
          { name: '响应达标率', type: 'bar', data: data.sla.map(function (t) { return t.responseCompliance; }) },
          { name: '办结达标率', type: 'bar', data: data.sla.map(function (t) { return t.resolutionCompliance; }) }
        ]
      };
    },
    satisfaction: function (data) {
      return {
        color: COLORS,
        grid: { left: 44, right: 12, top: 36, bottom: 28 },
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        xAxis: { type: 'category', data: data.satisfaction.map(function (m) { return m.month; }) },
        yAxis: percentAxis(),
        series: [
          { name: '满意率', type: 'line', data: data.satisfaction.map(function (m) { return m.csat; }) },
          { name: '回复率', type: 'line', data: data.satisfaction.map(function (m) { return m.responseRate; }) }
        ]
      };
    },
    faq: function (data) {
      return {
        color: COLORS,
        grid: { left: 44, right: 44, top: 36, bottom: 28 },
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        xAxis: { type: 'category', data: data.faq.map(function (d) { return d.day.slice(5); }) },
        yAxis: [{ type: 'value', minInterval: 1 }, percentAxis()],
        series: [
          { name: '提问', type: 'bar', data: data.faq.map(function (d) { return d.asked; }) },
          { name: '解答率', type: 'line', yAxisIndex: 1, data: data.faq.map(function (d) { return d.rate; }) }
        ]
      };
    }
  };

  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('dashboard-charts');
    if (!root || !window.echarts) { return; }
    fetch(root.getAttribute('data-src'), { headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('dashboard data: HTTP ' + response.status); }
        return response.json();
      })
      .then(function (data) {
        root.querySelectorAll('[data-chart]').forEach(function (el) {
          var chart = window.echarts.init(el);
          chart.setOption(charts[el.getAttribute('data-chart')](data));
          window.addEventListener('resize', function () { chart.resize(); });
        });
        root.setAttribute('data-loaded', 'true');
      })
      .catch(function (error) {
        root.setAttribute('data-error', String(error));
      });
  });
})();
