// UI helpers
document.addEventListener('DOMContentLoaded', () => {
  const saved = localStorage.getItem('collapsedDone');
  const toggle = document.querySelector('#hide-done');
  if (toggle) {
    toggle.checked = saved === 'true';
    toggle.addEventListener('change', () => localStorage.setItem('collapsedDone', String(toggle.checked)));
  }
});
