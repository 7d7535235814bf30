package gormapp

import (
	"net/http"
	"net/smtp"

	"github.com/gin-gonic/gin"
)

// SMTPSettings log the app in to a mail server: the password must stay
// readable to be sent there.
type SMTPSettings struct {
	ID       uint
	Host     string
	Username string
	Password string
}

func (h *Handler) SaveSMTP(c *gin.Context) {
	var s SMTPSettings
	c.ShouldBindJSON(&s)
	h.DB.Save(&s)
}

// Feed credentials are sent to the feed's site with basic auth.
type Feed struct {
	ID           uint
	FeedURL      string
	Username     string
	FeedPassword string
}

func (h *Handler) SaveFeed(c *gin.Context) {
	var f Feed
	c.ShouldBindJSON(&f)
	h.DB.Create(&f)
}

func fetch(f *Feed) (*http.Response, error) {
	req, _ := http.NewRequest(http.MethodGet, f.FeedURL, nil)
	req.SetBasicAuth(f.Username, f.FeedPassword)
	return http.DefaultClient.Do(req)
}

func mailAuth(s *SMTPSettings) smtp.Auth {
	return smtp.PlainAuth("", s.Username, s.Password, s.Host)
}

// A user who last logged in from a host still has an account password.
type Member struct {
	ID            uint
	LastLoginHost string
	Password      string
}

func (h *Handler) SaveMember(c *gin.Context) {
	var m Member
	c.ShouldBindJSON(&m)
	h.DB.Create(&m) // want `password written to the database in plaintext`
}
