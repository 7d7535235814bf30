package main

import "github.com/beego/beego/v2/server/web"

func main() {
	web.Run() // want `beego sessions are on with the memory provider.*\(conf/app.conf\)`
}
