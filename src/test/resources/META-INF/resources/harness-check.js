// BrowserHarnessTest: proves the page's scripts run (or not, when JavaScript is off).
document.getElementById('js-status').textContent = 'javascript-on';
