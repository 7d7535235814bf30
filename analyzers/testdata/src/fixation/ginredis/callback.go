package ginredis

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-gonic/gin"
)

type Module struct{}

func (m *Module) lookupUser(c *gin.Context) (string, bool) { return c.Query("sub"), true }

// CallbackGETHandler finishes an OAuth login: the provider redirects the
// browser here with a GET.
func (m *Module) CallbackGETHandler(c *gin.Context) {
	s := sessions.Default(c)
	id, ok := m.lookupUser(c)
	if !ok {
		return
	}
	s.Set("userID", id) // want `identity written to the session without a new session ID`
	s.Save()
}

// TwoFactorCodePOSTHandler completes a login after the second factor.
func (m *Module) TwoFactorCodePOSTHandler(c *gin.Context) {
	s := sessions.Default(c)
	s.Set("userID", s.Get("pendingUserID")) // want `identity written to the session without a new session ID`
	s.Save()
}

// ProfileGETHandler only reads the session; a GET page that writes a
// preference is no login.
func (m *Module) ProfileGETHandler(c *gin.Context) {
	s := sessions.Default(c)
	s.Set("lastPage", "profile")
	s.Save()
}
