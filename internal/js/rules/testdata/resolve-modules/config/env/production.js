module.exports = { session: { name: 'prod.sid' } };
