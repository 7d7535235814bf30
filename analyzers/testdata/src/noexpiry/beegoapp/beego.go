package beegoapp

import (
	"github.com/beego/beego/v2/server/web"
	"github.com/beego/beego/v2/server/web/session"
)

func init() {
	web.BConfig.WebConfig.Session.SessionGCMaxLifetime = 86400 * 365                                                           // want `beego SessionGCMaxLifetime lets the session live for 365 days`
	_, _ = session.NewManager("memory", &session.ManagerConfig{CookieName: "sid", Gclifetime: 3600, Maxlifetime: 86400 * 100}) // want `beego session Maxlifetime lets the session live for 100 days`
}
