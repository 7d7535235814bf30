import nodemailer from 'nodemailer';

const transport = nodemailer.createTransport(process.env.SMTP_URL);

export function sendMail(to, subject, text) {
  return transport.sendMail({ from: 'Blog <no-reply@example.com>', to, subject, text });
}
