package controller

import (
	"github.com/gin-gonic/gin"

	"csrf/ginsplit/service"
)

type UserController struct {
	router *gin.RouterGroup
	auth   *service.Auth
}

func (u *UserController) SetupRoutes() { // want SetupRoutes:`registersRoutes\(POST /user/totp\)`
	g := u.router.Group("/user")
	g.POST("/totp", u.totp)
}

func (u *UserController) totp(c *gin.Context) {}
