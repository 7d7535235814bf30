package daemon // want package:`providerApp` package:`wiresApp`

import "github.com/beego/beego/v2/server/web"

// Start serves the app.
func Start() { web.Run() }
