const crypto = require('crypto');
const { randomInt } = require('node:crypto');

// Lookalike: a 6-digit SMS code from a CSPRNG, short by design.
function newOtp() {
  return crypto.randomInt(0, 1000000).toString().padStart(6, '0');
}

function makeVerificationCode() {
  return String(randomInt(100000, 999999));
}

// Math.random-based codes stay reported.
function generateOtp() {
  return Math.floor(100000 + Math.random() * 900000).toString(); // want predictableid
}

function createResetCode() {
  return Math.random().toString().slice(2, 8); // want predictableid
}

module.exports = { newOtp, makeVerificationCode, generateOtp, createResetCode };
