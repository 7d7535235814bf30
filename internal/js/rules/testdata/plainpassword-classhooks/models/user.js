import { Model } from "objection";
import bcrypt from "bcrypt";

// The user model hashes its password in a hook.
export default class User extends Model {
	async $beforeInsert() {
		this.password = await bcrypt.hash(this.password, 12);
	}
}
