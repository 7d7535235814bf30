package main

import (
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
)

var tips = []string{"Use a password manager", "Turn on 2FA", "Review your sessions"}

func (app *application) home(w http.ResponseWriter, r *http.Request) {
	shuffled := append([]string(nil), tips...)
	rand.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	id := app.sessionManager.GetInt(r.Context(), "authenticatedUserID")
	fmt.Fprintf(w, "user %d - tip: %s", id, shuffled[0])
}

type checkoutForm struct {
	CardNumber string
	Expiry     string
	CVV        string
}

func (app *application) checkout(w http.ResponseWriter, r *http.Request) {
	form := checkoutForm{
		CardNumber: r.PostFormValue("card_number"),
		Expiry:     r.PostFormValue("expiry"),
		CVV:        r.PostFormValue("cvv"),
	}
	// keep the card around for the confirmation page
	app.sessionManager.Put(r.Context(), "cardNumber", form.CardNumber) // WANT: sensitivedata
	app.sessionManager.Put(r.Context(), "cardExpiry", form.Expiry)
	app.sessionManager.Put(r.Context(), "flash", "Please confirm your order")
	http.Redirect(w, r, "/checkout/confirm", http.StatusSeeOther)
}

// billingSSO hands the user over to the billing sub-site, which shares the session store.
func (app *application) billingSSO(w http.ResponseWriter, r *http.Request) {
	target := "https://billing.example.com/sso?session=" + url.QueryEscape(app.sessionManager.Token(r.Context())) // WANT: sessioninurl
	http.Redirect(w, r, target, http.StatusFound)
}

func (app *application) setLang(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: r.PostFormValue("lang"), Path: "/", MaxAge: 31536000})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
