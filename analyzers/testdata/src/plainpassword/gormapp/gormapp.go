package gormapp

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"
)

type User struct {
	gorm.Model
	Email    string `gorm:"uniqueIndex"`
	Password string
}

type RegisterInput struct {
	Email    string `json:"email" binding:"required"`
	Password string `json:"password" binding:"required,min=8"`
}

type Handler struct{ DB *gorm.DB }

func (h *Handler) Register(c *gin.Context) {
	var in RegisterInput
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	user := User{Email: in.Email, Password: in.Password}
	h.DB.Create(&user) // want `password written to the database in plaintext`
}

func (h *Handler) RegisterBound(c *gin.Context) {
	var user User
	if err := c.ShouldBindJSON(&user); err != nil {
		return
	}
	h.DB.Create(&user) // want `password written to the database in plaintext`
}

func (h *Handler) ResetPassword(c *gin.Context) {
	h.DB.Model(&User{}).Where("email = ?", c.PostForm("email")).Update("password", c.PostForm("password")) // want `password written to the database in plaintext`
}

func (h *Handler) ResetPasswordMap(c *gin.Context) {
	h.DB.Model(&User{}).Where("email = ?", c.PostForm("email")).Updates(map[string]interface{}{"password": c.PostForm("password")}) // want `password written to the database in plaintext`
}

func (h *Handler) SetField(c *gin.Context) {
	var u User
	h.DB.First(&u, c.Param("id"))
	u.Password = c.PostForm("new_password")
	h.DB.Save(&u) // want `password written to the database in plaintext`
}

// Negative cases.

func (h *Handler) RegisterSafe(c *gin.Context) {
	var in RegisterInput
	if err := c.ShouldBindJSON(&in); err != nil {
		return
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(in.Password), bcrypt.DefaultCost)
	if err != nil {
		return
	}
	h.DB.Create(&User{Email: in.Email, Password: string(hash)})
}

func (h *Handler) RegisterBoundSafe(c *gin.Context) {
	var user User
	if err := c.ShouldBindJSON(&user); err != nil {
		return
	}
	hash, _ := bcrypt.GenerateFromPassword([]byte(user.Password), 12)
	user.Password = string(hash)
	h.DB.Create(&user)
}

func (h *Handler) UpdateEmail(c *gin.Context) {
	var u User
	h.DB.First(&u, c.Param("id"))
	u.Email = c.PostForm("email")
	h.DB.Save(&u)
}

func (h *Handler) Login(c *gin.Context) {
	var u User
	h.DB.Where("email = ?", c.PostForm("email")).First(&u)
	if bcrypt.CompareHashAndPassword([]byte(u.Password), []byte(c.PostForm("password"))) != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}

// A model whose Password is never sent by clients.
type Account struct {
	ID       uint
	Name     string `json:"name"`
	Password string `json:"-"`
}

func (h *Handler) CreateAccount(c *gin.Context) {
	var a Account
	c.ShouldBindJSON(&a)
	h.DB.Create(&a)
}
