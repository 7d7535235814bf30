package frameworks

import (
	"fmt"

	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
	gorilla "github.com/gorilla/sessions"
	"github.com/labstack/echo/v4"
)

func ginHandler(c *gin.Context) {
	s := sessions.Default(c)
	c.Redirect(302, "/next?sid="+s.ID()) // want `session ID placed in a URL query`
}

func ginToken(c *gin.Context, token string) {
	c.Redirect(302, "http://frontend.example.com/#/login?token="+token) // want `auth token placed in a redirect URL`
}

func gorillaID(sess *gorilla.Session) string {
	return fmt.Sprintf("/x?id=%s", sess.ID) // want `session ID placed in a URL query`
}

func echoHandler(c echo.Context, authToken string) error {
	return c.Redirect(302, "/app?auth="+authToken) // want `auth token placed in a redirect URL`
}

func echoGood(c echo.Context) error {
	return c.Redirect(302, "/app?tab=settings")
}
