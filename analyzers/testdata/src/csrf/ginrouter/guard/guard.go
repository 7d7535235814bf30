// Package guard wires the routes behind the app's own CSRF check, applied
// by an unexported helper.
package guard

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Setup applies the CSRF check and registers the routes.
func Setup(r *gin.Engine) { // want Setup:`appliesCSRF` Setup:`registersRoutes\(POST /transfer\)`
	protect(r)
	r.POST("/transfer", func(c *gin.Context) {})
}

func protect(r *gin.Engine) {
	r.Use(checkCSRFHeader)
}

func checkCSRFHeader(c *gin.Context) {
	if c.Request.Method != http.MethodGet && c.GetHeader("X-Requested-With") == "" {
		c.AbortWithStatus(http.StatusForbidden)
	}
}
