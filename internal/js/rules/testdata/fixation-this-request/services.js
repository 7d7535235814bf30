const bcrypt = require('bcrypt');

// Request methods: the app binds them to the request (request.loginUser =
// loginUser.bind(request)), so `this` is the request and this.session its session.
async function loginUserWithEmail(email, password) {
  const user = await findUser(email);
  if (!user || !(await bcrypt.compare(password, user.password))) {
    throw new Error('Invalid email or password');
  }
  this.session.userID = user.id; // want fixation
  this.locals.user = user;
}

function logoutUser() {
  this.session.userID = undefined; // want logout
  this.locals.user = undefined;
}

// Correct: the request method regenerates before writing the user.
function loginCustomer(customer) {
  this.session.regenerate((err) => {
    if (err) throw err;
    this.session.customerID = customer.id;
  });
}

function logoutCustomer(cb) {
  this.session.destroy(cb);
}

// A class keeps its own session object: `this` is not a request.
class ApiClient {
  login(user) {
    this.session.userId = user.id;
  }
  logout() {
    this.session.userId = undefined;
  }
}

// An object's method (a client-side store): not a request either.
const store = {
  signIn(user) {
    this.session.userId = user.id;
  },
};

module.exports = { loginUserWithEmail, logoutUser, loginCustomer, logoutCustomer, ApiClient, store };
