// progressive enhancement for the starter
const form = document.querySelector('#login-form');
if (form) {
  const remembered = localStorage.getItem('lastEmail');
  if (remembered) form.email.value = remembered;
  form.addEventListener('submit', () => {
    localStorage.setItem('lastEmail', form.email.value);
  });
}
document.querySelectorAll('[data-dismiss]').forEach((el) =>
  el.addEventListener('click', () => sessionStorage.setItem(`dismissed:${el.dataset.dismiss}`, '1')),
);
