package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	"example.com/beegocrm/controllers"
	"github.com/beego/beego/v2/server/web"
	_ "github.com/lib/pq"
)

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	controllers.DB = db

	web.BConfig.AppName = "crm"
	web.BConfig.WebConfig.Session.SessionOn = true // WANT: memstore, cookieflags
	web.BConfig.WebConfig.Session.SessionName = "crm_sid"
	web.BConfig.WebConfig.Session.SessionGCMaxLifetime = 3600
	web.BConfig.WebConfig.Session.SessionCookieSameSite = http.SameSiteLaxMode
	// the mobile client webview drops cookies on redirect
	web.BConfig.WebConfig.Session.SessionEnableSidInURLQuery = true // WANT: sessioninurl
	web.BConfig.WebConfig.Session.SessionDisableHTTPOnly = true     // WANT: cookieflags

	web.BConfig.WebConfig.EnableXSRF = true
	web.BConfig.WebConfig.XSRFKey = "61oETzKXQAGaYdkL5gEmGeJJFuYh7EQnp2XdTP1o" // WANT: hardcodedsecret
	web.BConfig.WebConfig.XSRFExpire = 3600

	web.Router("/login", &controllers.AuthController{}, "get:LoginPage;post:Login")
	web.Router("/login/sso", &controllers.AuthController{}, "post:SSOLogin")
	web.Router("/logout", &controllers.AuthController{}, "post:Logout")
	web.Router("/lock", &controllers.AuthController{}, "post:Lock")
	web.Router("/signup", &controllers.AuthController{}, "post:Signup")
	web.Router("/billing", &controllers.BillingController{}, "post:Save")
	web.Run()
}
