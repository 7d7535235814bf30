// Package handlers gets its sessions from webctx's getters: the getter's
// store decides whether a login there can be fixed.
package handlers

import (
	"golang.org/x/crypto/bcrypt"

	"fixation/gorillagetter/webctx"
)

type user struct {
	ID   int
	Hash []byte
}

func find(name string) *user { return &user{} }

func Login(ctx *webctx.Context) {
	u := find(ctx.R.PostFormValue("name"))
	if bcrypt.CompareHashAndPassword(u.Hash, []byte(ctx.R.PostFormValue("password"))) != nil {
		return
	}
	sess := ctx.GetSession()
	sess.Values["user"] = u.ID // want `identity written to the session without a new session ID`
	ctx.Save(sess)
}

// LoginRemember keeps the user in the cookie-only store: no server-side ID
// to plant.
func LoginRemember(ctx *webctx.Context) {
	u := find(ctx.R.PostFormValue("name"))
	if bcrypt.CompareHashAndPassword(u.Hash, []byte(ctx.R.PostFormValue("password"))) != nil {
		return
	}
	f := ctx.Flashes()
	f.Values["user"] = u.ID
	ctx.Save(f)
}
