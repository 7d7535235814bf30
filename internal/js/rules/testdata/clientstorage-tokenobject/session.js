// A session class that keeps the login response (with its tokens) as
// this.user and persists it whole.
class Session {
  constructor() {
    this.user = null;
  }

  getAccessToken() {
    return this.user && this.user.access_token;
  }

  saveUser(user) {
    const mergedUser = Object.assign({}, this.user, user);
    this.user = mergedUser;
    localStorage.setItem('user', JSON.stringify(mergedUser)); // want clientstorage
  }

  saveCopy() {
    sessionStorage.setItem('profile', JSON.stringify({ ...this.user })); // want clientstorage
  }
}

// Lookalikes: a profile object that holds no token, and a stored object
// literal whose token is only a label.
class Profile {
  constructor() {
    this.user = null;
  }

  greet() {
    return 'Hello ' + this.user.firstname;
  }

  saveUser(user) {
    const merged = Object.assign({}, this.user, user);
    this.user = merged;
    localStorage.setItem('user', JSON.stringify(merged));
    localStorage.setItem('prefs', JSON.stringify({ theme: 'dark', tokenName: 'ci' }));
  }
}

module.exports = { Session, Profile };
