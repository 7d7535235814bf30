import { Model } from "objection";

// Logins of a proxied service: no hook hashes them.
export default class ProxyLogin extends Model {
	$beforeInsert() {
		this.created_on = Date.now();
	}
}
