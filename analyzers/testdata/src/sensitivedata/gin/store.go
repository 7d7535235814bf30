package gin

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

func pay(c *gin.Context) {
	session := sessions.Default(c)
	session.Set("creditCardNumber", c.PostForm("card")) // want `session stores a card number under key "creditCardNumber"`
	session.Set("cvc", c.PostForm("cvc"))               // want `session stores a card security code under key "cvc"`
	session.Set("step", 2)
	session.Save()
}
