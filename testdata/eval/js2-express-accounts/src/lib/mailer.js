import nodemailer from 'nodemailer';

const transport = nodemailer.createTransport({
  host: process.env.SMTP_HOST,
  port: 587,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

export function sendMail(to, subject, text) {
  return transport.sendMail({ from: 'Accounts <no-reply@example.com>', to, subject, text });
}
