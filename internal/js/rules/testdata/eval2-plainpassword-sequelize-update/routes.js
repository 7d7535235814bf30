const { Member } = require('./db');

// Lookalikes: beforeSave runs on create and on instance update.
exports.register = async (req, res) => {
  await Member.create({ email: req.body.email, password: req.body.password });
  const member = await Member.findByPk(req.params.id);
  const changes = {};
  changes.password = req.body.password;
  await member.update(changes);
  res.sendStatus(201);
};
