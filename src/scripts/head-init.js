(function () {
  var root = document.documentElement;
  // Tools show their live form only when scripts run; without them, the page shows the method instead.
  root.classList.add('js');
  try {
    var theme = localStorage.getItem('theme');
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  } catch {
    // Storage can be blocked; the page then follows the system theme.
  }
})();
