// A beego v1 app: sessions turned on take their cookie's Secure from
// Listen.EnableHTTPS (off by default) and set no SameSite by default.
package main

import (
	"net/http"

	"github.com/astaxie/beego"
)

func main() {
	beego.BConfig.WebConfig.Session.SessionOn = true // want `beego session cookie \(beego defaults\) is sent without Secure, so`
	beego.BConfig.WebConfig.Session.SessionName = "app_session_id"
	beego.BConfig.WebConfig.Session.SessionCookieSameSite = http.SameSiteDefaultMode // want `beego session cookie is sent without SameSite`
	beego.Run()
}
