package main

import (
	"encoding/json"
	"log"
	"net/http"

	"example.com/accounts/internal/model"
	"example.com/accounts/internal/service"
	"example.com/accounts/internal/store"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

func main() {
	db, err := gorm.Open(postgres.Open(store.DSN()), &gorm.Config{})
	if err != nil {
		log.Fatal(err)
	}
	if err := db.AutoMigrate(&model.User{}, &model.Operator{}, &model.PasswordReset{}, &model.AuditEntry{}); err != nil {
		log.Fatal(err)
	}
	users := &service.Users{DB: db}

	mux := http.NewServeMux()
	mux.HandleFunc("POST /register", func(w http.ResponseWriter, r *http.Request) {
		var in service.RegisterInput
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		u, err := users.Register(in)
		if err != nil {
			http.Error(w, "error", http.StatusInternalServerError)
			return
		}
		json.NewEncoder(w).Encode(map[string]any{"id": u.ID})
	})
	mux.HandleFunc("POST /operators", func(w http.ResponseWriter, r *http.Request) {
		if err := users.CreateOperator(r.FormValue("login"), r.FormValue("password"), r.FormValue("role")); err != nil {
			http.Error(w, "error", http.StatusInternalServerError)
		}
	})
	legacy := &store.Legacy{}
	mux.HandleFunc("POST /partners", func(w http.ResponseWriter, r *http.Request) {
		var p store.Partner
		if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		if err := legacy.AddPartner(p); err != nil { // WANT: plainpassword
			http.Error(w, "error", http.StatusInternalServerError)
		}
	})
	log.Fatal(http.ListenAndServe(":8080", mux))
}
