const knex = require('../db');

// Stores what it is given: the callers decide.
async function add(params) {
  const row = { email: params.email, password: params.password };
  return knex('users').insert(row);
}

async function update(id, params) {
  return knex('users').where({ id }).update({ password: params.password });
}

// Nothing in the app calls it: judged here.
async function importLegacy(email, password) {
  return knex('users').insert({ email, password }); // want plainpassword
}

module.exports = { add, update, importLegacy };
