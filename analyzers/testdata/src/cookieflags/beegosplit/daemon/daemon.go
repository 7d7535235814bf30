package daemon

import (
	"github.com/beego/beego/v2/server/web"

	"cookieflags/beegosplit/setup"
)

// Start configures the app and serves it: the cookie is reported where
// setup sets it, not again here.
func Start() {
	setup.Init()
	web.Run()
}
