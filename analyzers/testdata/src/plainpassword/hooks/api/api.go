package api

import (
	"plainpassword/hooks/models"

	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type API struct{ db *gorm.DB }

func (a *API) Register(c *gin.Context) {
	var u models.User
	if err := c.ShouldBindJSON(&u); err != nil {
		return
	}
	a.db.Create(&u) // the hook hashes
}

func (a *API) Join(c *gin.Context) {
	var m models.Member
	if err := c.ShouldBindJSON(&m); err != nil {
		return
	}
	a.db.Create(&m) // want `password written to the database in plaintext`
}
