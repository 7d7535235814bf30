module.exports = {
  db: process.env.MONGODB_URI || 'mongodb://localhost:27017/legacy-cms',
  sessionSecret: process.env.SESSION_SECRET || 'Your Session Secret goes here', // WANT: hardcodedsecret
  mailFrom: process.env.MAIL_FROM || 'cms@example.com',
  smtp: {
    host: process.env.SMTP_HOST,
    auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS }
  }
};
