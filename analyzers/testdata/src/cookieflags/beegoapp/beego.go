package beegoapp // want package:"configuresProvider"

import (
	"github.com/beego/beego/v2/server/web"
	"github.com/beego/beego/v2/server/web/session"
)

func init() {
	web.BConfig.WebConfig.Session.SessionOn = true              // want `beego session cookie \(beego defaults\) is sent without Secure and SameSite`
	web.BConfig.WebConfig.Session.SessionDisableHTTPOnly = true // want `beego session cookie is sent without HttpOnly, so scripts can read it; set SessionDisableHTTPOnly: false`
}

func manager() {
	_, _ = session.NewManager("memory", &session.ManagerConfig{CookieName: "gosessionid", EnableSetCookie: true, Gclifetime: 3600}) // want `beego session cookie is sent without Secure and SameSite`
	_, _ = session.NewManager("memory", &session.ManagerConfig{CookieName: "gosessionid", Gclifetime: 3600})
	_ = session.NewManagerConfig(session.CfgSecure(false)) // want `beego session cookie is sent without Secure`
}
