package beego

import (
	"github.com/beego/beego/v2/server/web"
	"github.com/beego/beego/v2/server/web/session"
)

func init() {
	web.BConfig.WebConfig.Session.SessionOn = true
	web.BConfig.WebConfig.Session.SessionEnableSidInURLQuery = true // want `beego accepts the session ID from the URL query`
}

var conf = &session.ManagerConfig{CookieName: "sid", EnableSidInURLQuery: true} // want `beego accepts the session ID from the URL query`

var off = &session.ManagerConfig{CookieName: "sid", EnableSidInURLQuery: false}
