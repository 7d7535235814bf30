package ginapp

import (
	"github.com/gin-gonic/gin"
)

func login(c *gin.Context, token string) {
	c.SetCookie("token", token, 3600, "/", "", false, true) // want `session cookie "token" is sent without Secure and SameSite, so it can leak over plain HTTP and browsers attach it to cross-site requests; set secure to true and c.SetSameSite\(http.SameSiteLaxMode\) before SetCookie`
}

func loginHTTPOnlyOff(c *gin.Context, sid string) {
	c.SetCookie("session_id", sid, 3600, "/", "", true, false) // want `session cookie "session_id" is sent without HttpOnly and SameSite`
}

// The TOTP seed of a pending two-factor enrolment is a credential too.
func enrol2FA(c *gin.Context, secret string) {
	c.SetCookie("2fa_secret", secret, 1800, "/", "", false, true) // want `session cookie "2fa_secret" is sent without Secure and SameSite`
}

// Silent: preferences, deletion.
func prefs(c *gin.Context) {
	c.SetCookie("theme", "dark", 3600, "/", "", false, false)
	c.SetCookie("sidebar_state", "open", 3600, "/", "", false, false)
	c.SetCookie("token", "", -1, "/", "", false, true)
}
