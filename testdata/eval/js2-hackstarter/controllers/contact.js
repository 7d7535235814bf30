const axios = require('axios');
const nodemailer = require('nodemailer');
const validator = require('validator');

async function validateReCAPTCHA(token) {
  const { data } = await axios.post(
    `https://www.google.com/recaptcha/api/siteverify?secret=${process.env.RECAPTCHA_SECRET_KEY}&response=${token}`,
    {},
    { headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' } }
  );
  return data;
}

exports.getContact = (req, res) => {
  const unknownUser = !(req.user);
  res.render('contact', { title: 'Contact', sitekey: process.env.RECAPTCHA_SITE_KEY, unknownUser });
};

exports.postContact = async (req, res) => {
  const validationErrors = [];
  let fromName;
  let fromEmail;
  if (!req.user) {
    if (validator.isEmpty(req.body.name)) validationErrors.push({ msg: 'Please enter your name' });
    if (!validator.isEmail(req.body.email)) validationErrors.push({ msg: 'Please enter a valid email address.' });
  }
  if (validator.isEmpty(req.body.message)) validationErrors.push({ msg: 'Please enter your message.' });
  try {
    const reCAPTCHAResponse = await validateReCAPTCHA(req.body['g-recaptcha-response']);
    if (!reCAPTCHAResponse.success) validationErrors.push({ msg: 'reCAPTCHA validation failed.' });
  } catch (e) {
    validationErrors.push({ msg: 'reCAPTCHA could not be verified.' });
  }
  if (validationErrors.length) {
    req.flash('errors', validationErrors);
    return res.redirect('/contact');
  }
  if (!req.user) {
    fromName = req.body.name;
    fromEmail = req.body.email;
  } else {
    fromName = req.user.profile.name || '';
    fromEmail = req.user.email;
  }
  const transporter = nodemailer.createTransport({
    service: 'SendGrid',
    auth: { user: process.env.SENDGRID_USER, pass: process.env.SENDGRID_PASSWORD }
  });
  await transporter.sendMail({ to: 'your@email.com', from: `${fromName} <${fromEmail}>`, subject: 'Contact Form', text: req.body.message });
  req.flash('success', { msg: 'Email has been sent successfully!' });
  res.redirect('/contact');
};
