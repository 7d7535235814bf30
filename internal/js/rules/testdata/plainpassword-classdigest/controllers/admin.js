import crypto from 'crypto';
import bcrypt from 'bcrypt';
import Base from './base';
import AdminModel from '../models/admin';

// Passwords digested by the class's own methods, one calling another.
class Admin extends Base {
  constructor() {
    super();
    this.encrypt = this.encrypt.bind(this);
    this.register = this.register.bind(this);
  }
  async register(req, res) {
    const { user_name, password } = req.body;
    const digest = this.encrypt(password);
    await AdminModel.create({ user_name, password: digest }); // want plainpassword
    const again = this.sha1(password);
    await AdminModel.updateOne({ user_name }, { password: again }); // want plainpassword
    res.send({ status: 1 });
  }
  async registerSafe(req, res) {
    const { user_name, password } = req.body;
    const hashed = await this.slow(password);
    await AdminModel.create({ user_name, password: hashed });
    await AdminModel.updateOne({ user_name }, { avatar: this.md5(user_name) });
    res.send({ status: 1 });
  }
  encrypt(password) {
    const out = this.md5(this.md5(password).substr(2, 7) + this.md5(password));
    return out;
  }
  md5(text) {
    const h = crypto.createHash('md5');
    return h.update(text).digest('base64');
  }
  slow(password) {
    return bcrypt.hash(password, 12);
  }
}

export default new Admin();
