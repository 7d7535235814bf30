package gin

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

func routes(r *gin.Engine) {
	r.POST("/logout", func(c *gin.Context) {
		session := sessions.Default(c)
		session.Delete("user") // want `logout removes the "user" key but leaves the session ID valid, so a stolen cookie still works; call session.Options\(sessions.Options\{MaxAge: -1\}\) and save it \(or use session.Logout\)`
		session.Save()
	})
	r.GET("/sign-out", signOutGood)
	r.POST("/log-out", clearOnly)
}

func signOutGood(c *gin.Context) { // want signOutGood:"endsSession"
	session := sessions.Default(c)
	session.Clear()
	session.Options(sessions.Options{Path: "/", MaxAge: -1})
	session.Save()
}

func clearOnly(c *gin.Context) {
	s := sessions.Default(c)
	s.Clear() // want `logout clears the session data but leaves the session ID valid`
	s.Save()
}

// sessionOptions builds the app's cookie options for a given age.
func sessionOptions(maxAge int) sessions.Options {
	return sessions.Options{Path: "/", MaxAge: maxAge, HttpOnly: true}
}

func logoutWithHelper(c *gin.Context) { // want logoutWithHelper:"endsSession"
	s := sessions.Default(c)
	s.Options(sessionOptions(-1))
	s.Clear()
	s.Save()
}

func logoutKeepsAge(c *gin.Context) {
	s := sessions.Default(c)
	s.Options(sessionOptions(3600))
	s.Clear() // want `logout clears the session data but leaves the session ID valid`
	s.Save()
}

func init() {
	r := gin.New()
	r.POST("/logout-helper", logoutWithHelper)
	r.POST("/logout-age", logoutKeepsAge)
}
