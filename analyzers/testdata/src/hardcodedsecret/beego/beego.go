package beego

import "github.com/beego/beego/v2/server/web"

func init() {
	web.BConfig.WebConfig.EnableXSRF = true // want `beego XSRF protection is enabled without XSRFKey, so it signs tokens with the built-in key "beegoxsrf"`
}
