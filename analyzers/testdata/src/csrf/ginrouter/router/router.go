// Package router registers the routes through unexported helpers, as many
// gin apps do: SetRouter's fact carries the routes its helpers register.
package router

import "github.com/gin-gonic/gin"

// SetRouter registers every route.
func SetRouter(r *gin.Engine) { // want SetRouter:`registersRoutes\(POST /api/user/login, DELETE /api/user/:id\)`
	setAPIRouter(r)
	setWebRouter(r)
}

func setAPIRouter(r *gin.Engine) {
	api := r.Group("/api/user")
	api.POST("/login", func(c *gin.Context) {})
	api.DELETE("/:id", func(c *gin.Context) {})
}

func setWebRouter(r *gin.Engine) {
	r.GET("/", func(c *gin.Context) {})
}
