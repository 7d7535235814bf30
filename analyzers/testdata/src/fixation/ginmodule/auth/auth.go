package auth

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

type checker interface {
	CheckPassword(user, pass string) (int, bool)
}

var users checker

func Login(c *gin.Context) {
	id, ok := users.CheckPassword(c.PostForm("user"), c.PostForm("password"))
	if !ok {
		return
	}
	s := sessions.Default(c)
	s.Set("user_id", id) // want `identity written to the session without a new session ID`
	s.Save()
}
