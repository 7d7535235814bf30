'use strict';

const express = require('express');
const config = require('../config');
const db = require('../db');

const router = express.Router();

const AVATAR_COLORS = ['#e57373', '#64b5f6', '#81c784', '#ffb74d', '#ba68c8'];

function requireUser(req, res, next) {
  if (!req.session.user) return res.status(401).end();
  next();
}

function pickColor() {
  return AVATAR_COLORS[Math.floor(Math.random() * AVATAR_COLORS.length)];
}

function makeInviteToken() {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 10); // WANT: predictableid
}

router.post('/', requireUser, async (req, res) => {
  const invite = makeInviteToken();
  const { rows } = await db.query(
    'INSERT INTO rooms (name, owner_id, invite_token, color) VALUES ($1, $2, $3, $4) RETURNING id',
    [req.body.name, req.session.user.id, invite, pickColor()],
  );
  res.status(201).json({ id: rows[0].id, invite });
});

// "Continue on your phone" link: opens the same chat session on another device.
router.get('/:id/handoff', requireUser, (req, res) => {
  const url = `${config.publicUrl}/rooms/${req.params.id}?sid=${encodeURIComponent(req.sessionID)}`; // WANT: sessioninurl
  res.json({ url });
});

router.get('/:id/share', requireUser, async (req, res) => {
  const { rows } = await db.query('SELECT invite_token FROM rooms WHERE id = $1', [req.params.id]);
  res.json({ url: `${config.publicUrl}/join/${req.params.id}?page=1` });
});

router.delete('/:id', requireUser, async (req, res) => {
  await db.query('DELETE FROM rooms WHERE id = $1 AND owner_id = $2', [req.params.id, req.session.user.id]);
  res.status(204).end();
});

module.exports = router;
