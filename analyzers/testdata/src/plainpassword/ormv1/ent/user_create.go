// Package ent mimics code entgo.io/ent generates for a User schema.
package ent

import (
	"context"

	_ "entgo.io/ent"
)

// UserCreate is the builder for creating a User entity.
type UserCreate struct{ fields map[string]string }

// SetName sets the "name" field.
func (uc *UserCreate) SetName(s string) *UserCreate { uc.fields["name"] = s; return uc }

// SetPassword sets the "password" field.
func (uc *UserCreate) SetPassword(s string) *UserCreate { uc.fields["password"] = s; return uc }

// Save creates the User in the database.
func (uc *UserCreate) Save(ctx context.Context) error { return nil }
