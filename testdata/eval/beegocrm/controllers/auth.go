package controllers

import (
	"database/sql"
	"net/http"

	"github.com/beego/beego/v2/server/web"
	"golang.org/x/crypto/bcrypt"
)

var DB *sql.DB

type AuthController struct {
	web.Controller
}

func (c *AuthController) LoginPage() {
	c.Data["xsrf"] = c.XSRFToken()
	c.TplName = "login.tpl"
}

func (c *AuthController) Login() {
	email := c.GetString("email")
	password := c.GetString("password")
	var id int64
	var hash string
	if err := DB.QueryRow("SELECT id, password_hash FROM users WHERE email = $1", email).Scan(&id, &hash); err != nil {
		c.Ctx.Output.SetStatus(http.StatusUnauthorized)
		return
	}
	if bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) != nil {
		c.Ctx.Output.SetStatus(http.StatusUnauthorized)
		return
	}
	if err := c.SessionRegenerateID(); err != nil {
		c.Abort("500")
	}
	c.SetSession("uid", id)
	c.Redirect("/", http.StatusSeeOther)
}

// SSOLogin trusts the identity asserted by the corporate proxy header.
func (c *AuthController) SSOLogin() {
	email := c.Ctx.Input.Header("X-Forwarded-Email")
	var id int64
	if err := DB.QueryRow("SELECT id FROM users WHERE email = $1", email).Scan(&id); err != nil {
		c.Abort("401")
	}
	c.SetSession("uid", id) // WANT: fixation
	c.Redirect("/", http.StatusSeeOther)
}

func (c *AuthController) Logout() {
	c.DestroySession()
	c.Redirect("/login", http.StatusSeeOther)
}

// Lock is the "sign out" button on shared kiosk terminals.
func (c *AuthController) Lock() {
	c.DelSession("uid")
	c.Redirect("/login", http.StatusSeeOther)
}

func (c *AuthController) Signup() {
	email := c.GetString("email")
	password := c.GetString("password")
	if len(password) < 12 {
		c.Abort("400")
	}
	_, err := DB.Exec("INSERT INTO users (email, password) VALUES ($1, $2)", email, password) // WANT: plainpassword
	if err != nil {
		c.Abort("500")
	}
	c.SetSession("signup_email", email)
	c.Redirect("/login", http.StatusSeeOther)
}
