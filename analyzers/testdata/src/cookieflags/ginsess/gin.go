package ginsess

import (
	"net/http"
	"os"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

func setup(r *gin.Engine) {
	store := cookie.NewStore([]byte(os.Getenv("SECRET")))
	store.Options(sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true}) // want `gin-contrib/sessions session cookie is sent without Secure and SameSite`
	r.Use(sessions.Sessions("mysession", store))
}

func logout(c *gin.Context) {
	s := sessions.Default(c)
	s.Options(sessions.Options{MaxAge: -1})
	s.Save()
}

func strict(c *gin.Context) {
	s := sessions.Default(c)
	s.Options(sessions.Options{Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteStrictMode})
	s.Save()
}
