package ginsamesite

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

var production = true

// SameSite set on the context, Secure from configuration.
func login(c *gin.Context, token string) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("auth", token, 3600, "/", "", production, true)
}
