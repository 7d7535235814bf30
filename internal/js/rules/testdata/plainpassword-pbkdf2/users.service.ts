import { pbkdf2, pbkdf2Sync, randomBytes } from 'crypto';
import { User } from './user.model';

export class UsersService {
  private async hashPassword(password: string, salt: string): Promise<string> {
    return new Promise((resolve, reject) => {
      pbkdf2(password, salt, 1000, 64, 'sha512', (err, key) => (err ? reject(err) : resolve(key.toString('hex'))));
    });
  }

  private async strongHash(password: string, salt: string): Promise<string> {
    return new Promise((resolve, reject) => {
      pbkdf2(password, salt, 600000, 64, 'sha512', (err, key) => (err ? reject(err) : resolve(key.toString('hex'))));
    });
  }

  async addUser(username: string, password: string) {
    const salt = randomBytes(32).toString('hex');
    await User.create({ // want plainpassword
      username,
      salt,
      hashedPassword: await this.hashPassword(password, salt),
    });
  }

  async addStrongUser(username: string, password: string) {
    const salt = randomBytes(32).toString('hex');
    await User.create({ username, salt, hashedPassword: await this.strongHash(password, salt) });
  }

  async addLegacyUser(username: string, password: string) {
    const salt = randomBytes(16);
    const passwordHash = pbkdf2Sync(password, salt, 10000, 32, 'sha256').toString('hex');
    await User.create({ username, salt, passwordHash }); // want plainpassword
  }

  async addApiKey(owner: string, key: string) {
    const salt = randomBytes(16);
    await User.updateOne({ username: owner }, { hash: pbkdf2Sync(key, salt, 1000, 32, 'sha256').toString('hex') });
  }
}
