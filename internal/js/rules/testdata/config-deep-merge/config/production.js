// lodash merge combines nested objects: session.cookie from the base stays;
// admin.cookie is replaced key by key, and its secure is turned on.
module.exports = {
  session: { name: 'prod.sid' },
  admin: { cookie: { secure: true } }
}
