import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { readJson, writeJson } from 'fs-extra';
import bcrypt from 'bcryptjs';

interface Account { id: number; username: string; salt?: string; hashedPassword?: string; password?: string; theme?: string }

export class AccountFile {
  constructor(private path: string) {}

  private hash(password: string, salt: string): string {
    return pbkdf2Sync(password, salt, 1000, 64, 'sha512').toString('hex');
  }

  private async saveAccounts(accounts: Account[]) {
    return writeJson(this.path, accounts, { spaces: 2 });
  }

  async add(username: string, password: string) {
    const accounts: Account[] = await readJson(this.path);
    const salt = randomBytes(32).toString('hex');
    const account = { id: accounts.length + 1, username, salt, hashedPassword: this.hash(password, salt) };
    accounts.push(account);
    await this.saveAccounts(accounts); // want plainpassword
  }

  async changePassword(username: string, newPassword: string) {
    const accounts: Account[] = await readJson(this.path);
    const account = accounts.find((a) => a.username === username)!;
    account.salt = randomBytes(32).toString('hex');
    account.hashedPassword = this.hash(newPassword, account.salt);
    await this.saveAccounts(accounts); // want plainpassword
  }

  async resetPassword(username: string, body: { password: string }) {
    const accounts: Account[] = await readJson(this.path);
    const account = accounts.find((a) => a.username === username)!;
    account.password = body.password;
    await writeJson(this.path, accounts); // want plainpassword
  }

  async changePasswordSafely(username: string, newPassword: string) {
    const accounts: Account[] = await readJson(this.path);
    const account = accounts.find((a) => a.username === username)!;
    account.hashedPassword = await bcrypt.hash(newPassword, 12);
    await this.saveAccounts(accounts);
  }

  async setTheme(username: string, theme: string) {
    const accounts: Account[] = await readJson(this.path);
    const account = accounts.find((a) => a.username === username)!;
    account.theme = theme;
    await this.saveAccounts(accounts);
  }
}
