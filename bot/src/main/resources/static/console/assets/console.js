// Console behaviour without inline scripts (the CSP allows scripts from this origin only).
(function () {
  function csrf(detail) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      detail.headers[header.content] = token.content;
    }
  }
  document.addEventListener('htmx:configRequest', function (event) { csrf(event.detail); });

  document.addEventListener('click', function (event) {
    var chip = event.target.closest('.chip[data-text]');
    if (!chip) { return; }
    var box = document.getElementById('reply-text') || document.getElementById('follow-up-text');
    if (box) {
      box.value = chip.getAttribute('data-text');
      box.focus();
    }
  });

  document.addEventListener('change', function (event) {
    if (event.target.matches('select.autosubmit')) {
      event.target.form.submit();
    }
  });

  function countdown() {
    document.querySelectorAll('.countdown[data-closes-at]').forEach(function (el) {
      var left = Number(el.getAttribute('data-closes-at')) - Date.now();
      if (left <= 0) {
        el.textContent = '已结束';
        el.classList.add('expired');
        return;
      }
      var minutes = Math.floor(left / 60000);
      var hours = Math.floor(minutes / 60);
      el.textContent = hours > 0 ? hours + '小时' + (minutes % 60) + '分' : minutes + '分';
      el.classList.toggle('soon', hours < 2);
    });
  }

  function scrollTranscript() {
    var transcript = document.getElementById('transcript');
    if (transcript) { transcript.scrollTop = transcript.scrollHeight; }
  }

  function dailyChart() {
    var el = document.getElementById('daily-chart');
    if (!el || !window.echarts) { return; }
    fetch(el.getAttribute('data-src'), { headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (days) {
        window.echarts.init(el).setOption({
          grid: { left: 30, right: 10, top: 30, bottom: 24 },
          tooltip: { trigger: 'axis' },
          legend: { top: 0, textStyle: { fontSize: 11 } },
          xAxis: { type: 'category', data: days.map(function (d) { return d.day; }), axisLabel: { fontSize: 10 } },
          yAxis: { type: 'value', minInterval: 1 },
          series: [
            { name: '人工会话', type: 'bar', data: days.map(function (d) { return d.requested; }), itemStyle: { color: '#1f7a5c' } },
            { name: '超时', type: 'bar', data: days.map(function (d) { return d.timedOut; }), itemStyle: { color: '#d69e2e' } },
            { name: '平均等待(分)', type: 'line', data: days.map(function (d) { return d.averageWaitMinutes; }) }
          ]
        });
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    dailyChart();
    countdown();
    setInterval(countdown, 30000);
    scrollTranscript();
  });
  document.addEventListener('htmx:afterSwap', scrollTranscript);
})();
