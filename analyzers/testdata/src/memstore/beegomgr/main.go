package main

import "github.com/beego/beego/v2/server/web/session"

func main() {
	mgr, _ := session.NewManager("memory", &session.ManagerConfig{CookieName: "sid"}) // want `beego session manager uses the "memory" provider`
	_ = mgr
	redisMgr, _ := session.NewManager("redis", &session.ManagerConfig{CookieName: "sid"})
	_ = redisMgr
}
