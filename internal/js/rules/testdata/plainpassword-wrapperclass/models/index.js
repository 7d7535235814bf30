import Users from './users.js';

export default class Models {
  constructor(db) {
    this.users = new Users(db);
    this.accounts = db.Accounts;
  }
}
