export function save(key, value) {
  window.localStorage.setItem(key, JSON.stringify(value));
}

export default (key, fallback) => ({
  get: () => JSON.parse(sessionStorage.getItem(key)) ?? fallback,
  set: (state) => sessionStorage.setItem(key, JSON.stringify(state)), // want clientstorage
});

export function remember(name, value) {
  localStorage.setItem(name, value);
}
