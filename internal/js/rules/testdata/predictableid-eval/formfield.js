// DOM element ids (keystone FormField): not secrets.
import React from 'react';

function generateId() {
  return 'field-' + Math.random().toString(36).slice(2);
}
const makeId = () => `input-${Math.floor(Math.random() * 100000)}`;
function newId() {
  return Date.now().toString(36);
}
function createId(prefix) {
  return prefix + '-' + Math.random().toString(16).slice(2, 8);
}
function uniqueId() {
  return 'uid-' + Math.random();
}
let seq = 0;
const nextId = () => ++seq;
function generateUserId() {
  return Math.floor(Math.random() * 1e6);
}

export function FormField({ label }) {
  const id = generateId();
  const inputId = makeId();
  return React.createElement('label', { htmlFor: id, 'data-input': inputId }, label);
}
