// Draws each monthly chart of the analytics pages: the data comes from the page itself (data-chart), nothing else.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-chart]').forEach(function (element) {
        var data = JSON.parse(element.getAttribute('data-chart'));
        var chart = echarts.init(element, null, {renderer: 'svg'});
        chart.setOption({
            animation: false,
            tooltip: {trigger: 'axis'},
            legend: {top: 0},
            grid: {left: 8, right: 8, bottom: 8, top: 36, containLabel: true},
            xAxis: {type: 'category', data: data.months},
            yAxis: {type: 'value'},
            series: [
                {name: element.getAttribute('data-label-billed'), type: 'bar', data: data.billed, color: '#1f5f8b'},
                {name: element.getAttribute('data-label-at-risk'), type: 'line', data: data.atRisk, color: '#b3261e'}
            ]
        });
        window.addEventListener('resize', function () { chart.resize(); });
    });
});
