const { Appointment } = require('../models');

exports.index = async (req, res) => {
  const appointments = await Appointment.findAll({ where: { patientId: req.session.user.id }, order: [['startsAt', 'ASC']] });
  res.render('appointments/index', { appointments, page: Number(req.query.page) || 1 });
};

exports.create = async (req, res) => {
  await Appointment.create({ patientId: req.session.user.id, startsAt: req.body.startsAt, reason: req.body.reason });
  res.redirect('/appointments?page=1&created=1');
};

exports.cancel = async (req, res) => {
  await Appointment.update({ status: 'cancelled' }, { where: { id: req.params.id, patientId: req.session.user.id } });
  res.redirect('/appointments');
};
