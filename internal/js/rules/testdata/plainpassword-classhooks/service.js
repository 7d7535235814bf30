import userModel from "./models/user.js";
import proxyLoginModel from "./models/proxy_login.js";

export async function addUser(data) {
	return userModel.query().insert({ email: data.email, password: data.password });
}

export async function addProxyLogins(data) {
	return Promise.all(data.items.map((item) =>
		proxyLoginModel.query().insert({ username: item.username, password: item.password }), // want plainpassword
	));
}
