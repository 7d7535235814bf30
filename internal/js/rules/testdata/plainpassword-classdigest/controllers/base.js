import crypto from 'crypto';

// A base class whose digest helper the controllers inherit.
export default class Base {
  sha1(text) {
    return crypto.createHash('sha1').update(text).digest('hex');
  }
}
