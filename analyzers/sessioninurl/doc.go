// Package sessioninurl defines an Analyzer that reports session IDs and
// auth tokens put into URLs.
//
// # Analyzer sessioninurl
//
// sessioninurl: session ID or auth token put into a URL
//
// A URL is logged by servers and proxies, kept in browser history, and sent
// to other sites in the Referer header; a session ID or auth token in it
// leaks to all of them, and a link carrying one can plant a session
// (fixation).
//
// The analyzer reports a session ID spliced into a URL query (?sid=,
// ;jsessionid=, url.Values Set/Add encoded into a RawQuery or after "?",
// url.URL{RawQuery: "sid=" + id}) by string concatenation or fmt.Sprintf,
// or into the path of a redirect target ("/s/" + sessionID). A value is a session ID by its source (scs
// Token, gorilla Session.ID, gin-contrib Session.ID(), fiber Session.ID(),
// beego SessionID, the value of a session cookie) or its name (sessionID,
// sid, sessionToken), or when the query key says so (sid, session_id,
// jsessionid). Auth tokens (token, access_token, jwt, auth, api_key) are
// reported when the URL is a redirect target (http.Redirect, gin, echo,
// fiber and beego Redirect, a Location header). It also reports fiber v2
// session KeyLookup "query:...", fiber v3 session extractors FromQuery and
// FromParam, beego EnableSidInURLQuery = true, and scs Load of a token read
// from the URL query.
//
// It stays silent for one-time links that carry a token by design
// (password reset, email verification, invitations, magic links), OAuth
// authorize parameters (state, code, client_id), CSRF tokens, tokens posted
// in a request body, outbound API calls that put their own API key in a
// query, pagination tokens, checkout sessions, and IDs of non-secret things.
package sessioninurl
