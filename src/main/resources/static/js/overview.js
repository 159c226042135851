// Draws the overview's charts from its tables, so that the numbers exist once (and for screen readers).
(function () {
    const colours = { GOOD: '#16a34a', REVIEW: '#d97706', BAD: '#dc2626' };
    const rows = selector => Array.from(document.querySelectorAll(selector));
    const header = (table, index) => document.querySelectorAll(table + ' thead th')[index].textContent;
    const weeks = rows('#weeks tbody tr');
    const verdicts = ['GOOD', 'REVIEW', 'BAD'];
    new Chart(document.getElementById('chart-weeks'), {
        type: 'bar',
        data: {
            labels: weeks.map(row => row.dataset.week),
            datasets: verdicts.map((verdict, i) => ({
                label: header('#weeks', i + 1), backgroundColor: colours[verdict],
                data: weeks.map(row => Number(row.dataset[verdict.toLowerCase()]))
            }))
        },
        options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }
    });
    const rules = rows('#rules tbody tr');
    new Chart(document.getElementById('chart-rules'), {
        type: 'bar',
        data: { labels: rules.map(row => row.dataset.rule),
            datasets: [{ label: header('#rules', 1), backgroundColor: '#1d4ed8', data: rules.map(row => Number(row.dataset.fired)) }] },
        options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
    const shares = rows('#verdicts tbody tr');
    new Chart(document.getElementById('chart-share'), {
        type: 'doughnut',
        data: { labels: shares.map(row => row.querySelector('th').textContent),
            datasets: [{ backgroundColor: shares.map(row => colours[row.dataset.verdict]), data: shares.map(row => Number(row.dataset.count)) }] }
    });
})();
