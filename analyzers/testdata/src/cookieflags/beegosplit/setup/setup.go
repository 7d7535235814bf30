package setup // want package:"configuresProvider"

import (
	"net/http"

	"github.com/beego/beego/v2/server/web"
)

// Init sets the session cookie; the package that calls Run does not.
func Init() {
	web.BConfig.WebConfig.Session.SessionCookieSameSite = http.SameSiteDefaultMode // want `beego session cookie is sent without SameSite`
}
