package rules

import "bytes"

// keywords are the words without which no rule can report anything in a
// file and no file can contribute an app-level fact: each rule's sinks
// and sources need at least one of them in the source text (session
// libraries and req.session, cookies, storage, passwords, tokens and
// secrets, randomness sources, login/logout names, routes for csrf, CSRF
// defences, and ignore directives). Files without any are counted as
// analysed without being parsed.
var keywords = [][]byte{
	[]byte("session"), []byte("Session"), []byte("SESSION"),
	[]byte("cookie"), []byte("Cookie"),
	[]byte("Storage"),
	[]byte("pass"), []byte("Pass"), []byte("PASS"), []byte("pwd"),
	[]byte("secret"), []byte("Secret"), []byte("SECRET"),
	[]byte("token"), []byte("Token"), []byte("TOKEN"), []byte("jwt"), []byte("Jwt"), []byte("JWT"),
	[]byte("sid"), []byte("Sid"), []byte("SID"), []byte("nonce"), []byte("Nonce"),
	[]byte("apiKey"), []byte("ApiKey"), []byte("api_key"), []byte("API_KEY"), []byte("keys"),
	[]byte("csrf"), []byte("Csrf"), []byte("CSRF"), []byte("xsrf"), []byte("XSRF"), []byte("lusca"),
	[]byte("random"), []byte("Random"), []byte("Date"), []byte("now("), []byte("hrtime"), []byte("uuid"), []byte("shortid"), []byte("cuid"),
	[]byte("otp"), []byte("Otp"), []byte("OTP"), []byte("state"), []byte("State"),
	[]byte("login"), []byte("Login"), []byte("logIn"), []byte("LogIn"), []byte("signin"), []byte("signIn"), []byte("SignIn"),
	[]byte("logout"), []byte("Logout"), []byte("logOut"), []byte("LogOut"), []byte("log_out"),
	[]byte("signout"), []byte("signOut"), []byte("SignOut"), []byte("sign_out"), []byte("logoff"), []byte("logOff"),
	[]byte("card"), []byte("Card"), []byte("cvv"), []byte("Cvv"), []byte("CVV"), []byte("cvc"), []byte("pin"), []byte("Pin"), []byte("ssn"), []byte("Ssn"), []byte("SSN"),
	[]byte(".post("), []byte(".put("), []byte(".patch("), []byte(".delete("), []byte(".del("), []byte("route("),
	[]byte("sessionlint"),
}

// Relevant reports whether any rule could use the file: a cheap test on
// the bytes, so that files that cannot matter are not parsed.
func Relevant(src []byte) bool {
	for _, k := range keywords {
		if bytes.Contains(src, k) {
			return true
		}
	}
	return false
}
