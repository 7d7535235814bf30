/* global document, window, fetch */
(function () {
  var panel = document.getElementById('cli-panel');
  var sidebar = document.getElementById('sidebar');

  if (window.localStorage.sidebarWidth) {
    sidebar.style.width = window.localStorage.sidebarWidth + 'px';
  }
  sidebar.addEventListener('mouseup', function () {
    window.localStorage.sidebarWidth = String(sidebar.offsetWidth);
  });

  document.getElementById('get-cli-token').addEventListener('click', function () {
    fetch('/cli-token', { method: 'POST', credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        window.localStorage.cliToken = data.token; // WANT: clientstorage
        panel.textContent = 'dash login --token ' + data.token;
      });
  });
})();
