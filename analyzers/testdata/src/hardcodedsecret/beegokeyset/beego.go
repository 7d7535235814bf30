package beegokeyset

import (
	"os"

	"github.com/beego/beego/v2/server/web"
)

func init() {
	web.BConfig.WebConfig.EnableXSRF = true
	web.BConfig.WebConfig.XSRFKey = "61oETzKXQAGaYdkL5gEmGeJJFuYh7EQnp2XdTP1o" // want `CSRF key is a literal`
}

func fromEnv() {
	web.BConfig.WebConfig.XSRFKey = os.Getenv("XSRF_KEY")
}
