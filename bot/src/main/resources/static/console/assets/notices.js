// The chart of a notice's statistics page: where the deliveries stand and why some failed.
(function () {
  var REASONS = { UNSUBSCRIBED: '已取消关注', INVALID_OPENID: '微信号无效', REFUSED: '居民拒收', SYSTEM_FAILED: '微信系统失败',
    OUTCOME_UNKNOWN: '结果未知', REJECTED: '被拒收', UNKNOWN: '原因未知' };

  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('notice-chart');
    if (!el || !window.echarts) { return; }
    fetch(el.getAttribute('data-src'), { headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (s) {
        var slices = [
          { name: '已送达', value: s.delivered },
          { name: '已发出未确认', value: s.targeted - s.pending - s.delivered - s.failed },
          { name: '待发送', value: s.pending }
        ];
        Object.keys(s.failedByReason).forEach(function (reason) {
          slices.push({ name: '失败：' + (REASONS[reason] || reason), value: s.failedByReason[reason] });
        });
        window.echarts.init(el).setOption({
          color: ['#1f7a5c', '#3182ce', '#d69e2e', '#c53030', '#805ad5', '#718096'],
          tooltip: { trigger: 'item' },
          legend: { top: 0 },
          series: [{ type: 'pie', radius: ['35%', '65%'], top: 30, data: slices.filter(function (d) { return d.value > 0; }) }]
        });
        el.setAttribute('data-loaded', 'true');
      });
  });
})();
