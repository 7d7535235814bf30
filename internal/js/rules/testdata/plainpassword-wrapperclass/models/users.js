import bcrypt from 'bcrypt';

// The app's model class hashes the password on every write.
export default class Users {
  constructor(db) {
    this.db = db;
  }

  async create(data) {
    const { password, ...rest } = data;
    if (password) rest.passhash = await bcrypt.hash(password, 12);
    return this.db.Users.create(rest);
  }

  async update(id, changes) {
    const { password, ...rest } = changes;
    if (password) rest.passhash = await bcrypt.hash(password, 12);
    return this.db.Users.update(rest, { where: { id } });
  }
}
