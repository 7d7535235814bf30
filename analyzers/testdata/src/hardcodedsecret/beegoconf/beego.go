package beegoconf

import "github.com/beego/beego/v2/server/web"

// conf/app.conf sets xsrfkey (from the environment there).
func init() {
	web.BConfig.WebConfig.EnableXSRF = true
}
