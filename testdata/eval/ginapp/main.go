package main

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"
)

type User struct {
	gorm.Model
	Username string `gorm:"uniqueIndex"`
	Email    string
	Password string
}

type SignupRequest struct {
	Username string `json:"username" binding:"required"`
	Email    string `json:"email"`
	Password string `json:"password" binding:"required,min=8"`
}

type Server struct {
	db *gorm.DB
}

func hashPassword(pw string) string {
	sum := md5.Sum([]byte(pw))
	return hex.EncodeToString(sum[:])
}

func (s *Server) signup(c *gin.Context) {
	var req SignupRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	user := User{Username: req.Username, Email: req.Email, Password: hashPassword(req.Password)}
	if err := s.db.Create(&user).Error; err != nil { // WANT: plainpassword
		c.JSON(http.StatusConflict, gin.H{"error": "username taken"})
		return
	}
	c.JSON(http.StatusCreated, gin.H{"id": user.ID})
}

func (s *Server) login(c *gin.Context) {
	var req SignupRequest
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	var user User
	if err := s.db.Where("username = ?", req.Username).First(&user).Error; err != nil || user.Password != hashPassword(req.Password) {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "bad credentials"})
		return
	}
	session := sessions.Default(c)
	session.Set("user_id", user.ID)
	session.Set("password", req.Password) // WANT: sensitivedata
	if err := session.Save(); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

func (s *Server) logout(c *gin.Context) {
	session := sessions.Default(c)
	session.Delete("user_id") // WANT: logout
	_ = session.Save()
	c.Redirect(http.StatusFound, "/")
}

func (s *Server) shareLink(c *gin.Context) {
	session := sessions.Default(c)
	c.JSON(http.StatusOK, gin.H{"link": fmt.Sprintf("https://app.example.com/resume?session=%s", session.ID())}) // WANT: sessioninurl
}

func main() {
	r := gin.Default()
	store := cookie.NewStore([]byte("gin-cookie-secret")) // WANT: hardcodedsecret
	store.Options(sessions.Options{
		Path:     "/",
		MaxAge:   int((365 * 24 * time.Hour).Seconds()), // WANT: noexpiry
		HttpOnly: true,
		Secure:   os.Getenv("GIN_MODE") == "release",
		SameSite: http.SameSiteLaxMode,
	})
	r.Use(sessions.Sessions("ginsess", store))
	s := &Server{}
	r.POST("/signup", s.signup)
	r.POST("/login", s.login)
	r.POST("/logout", s.logout)
	r.GET("/share", s.shareLink)
	r.GET("/pref", func(c *gin.Context) {
		c.SetCookie("lang", c.Query("lang"), 3600*24*365, "/", "", false, false)
	})
	_ = r.Run(":8080")
}
