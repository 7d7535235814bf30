package main

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
	_ "github.com/lib/pq"
	"golang.org/x/crypto/bcrypt"
)

type server struct {
	db *sql.DB
}

func newStore() (sessions.Store, error) {
	secret := os.Getenv("SESSION_SECRET")
	if addr := os.Getenv("REDIS_ADDR"); addr != "" {
		return redis.NewStore(10, "tcp", addr, "", os.Getenv("REDIS_PASSWORD"), []byte(secret))
	}
	log.Println("REDIS_ADDR not set, falling back to cookie sessions")
	return cookie.NewStore([]byte("secret")), nil // WANT: hardcodedsecret
}

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	s := &server{db: db}

	store, err := newStore()
	if err != nil {
		log.Fatal(err)
	}
	store.Options(sessions.Options{ // WANT: cookieflags
		Path:     "/",
		MaxAge:   int((12 * time.Hour).Seconds()),
		HttpOnly: true,
		Secure:   gin.Mode() == gin.ReleaseMode,
	})

	r := gin.Default()
	r.Use(sessions.Sessions("gin_session", store)) // WANT: csrf

	r.POST("/register", s.register)
	r.POST("/login", s.login)
	r.POST("/logout", s.logout)
	r.POST("/password", s.changePassword)
	r.POST("/api-tokens", s.createAPIToken)
	r.GET("/me", s.me)
	r.Run(":8080")
}

type credentials struct {
	Username string `json:"username" binding:"required"`
	Password string `json:"password" binding:"required"`
}

func (s *server) register(c *gin.Context) {
	var req credentials
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	if _, err := s.db.Exec("INSERT INTO users (username, password) VALUES ($1, $2)", req.Username, req.Password); err != nil { // WANT: plainpassword
		c.JSON(http.StatusConflict, gin.H{"error": "user exists"})
		return
	}
	c.JSON(http.StatusCreated, gin.H{"username": req.Username})
}

func (s *server) changePassword(c *gin.Context) {
	session := sessions.Default(c)
	uid, ok := session.Get("user_id").(int64)
	if !ok {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(c.PostForm("new_password")), 12)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	if _, err := s.db.Exec("UPDATE users SET password = $1 WHERE id = $2", string(hash), uid); err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	session.Set("password_changed_at", time.Now().Unix())
	session.Save()
	c.Status(http.StatusNoContent)
}

func (s *server) login(c *gin.Context) {
	var req credentials
	if err := c.ShouldBindJSON(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	var id int64
	var hash string
	if err := s.db.QueryRow("SELECT id, password FROM users WHERE username = $1", req.Username).Scan(&id, &hash); err != nil {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "invalid credentials"})
		return
	}
	if bcrypt.CompareHashAndPassword([]byte(hash), []byte(req.Password)) != nil {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "invalid credentials"})
		return
	}
	session := sessions.Default(c)
	session.Set("user_id", id) // WANT: fixation
	if err := session.Save(); err != nil {
		c.JSON(http.StatusInternalServerError, gin.H{"error": "failed to save session"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"message": "logged in"})
}

func (s *server) logout(c *gin.Context) {
	session := sessions.Default(c)
	session.Delete("user_id") // WANT: logout
	session.Save()
	c.JSON(http.StatusOK, gin.H{"message": "logged out"})
}

func (s *server) me(c *gin.Context) {
	session := sessions.Default(c)
	c.JSON(http.StatusOK, gin.H{"user_id": session.Get("user_id")})
}

// generateAPIToken makes the bearer token shown once to the user.
func generateAPIToken() (string, error) {
	b := make([]byte, 8)
	if _, err := rand.Read(b); err != nil { // WANT: predictableid
		return "", err
	}
	return hex.EncodeToString(b), nil
}

func (s *server) createAPIToken(c *gin.Context) {
	tok, err := generateAPIToken()
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusCreated, gin.H{"token": tok})
}
