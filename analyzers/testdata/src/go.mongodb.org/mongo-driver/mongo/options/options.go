// Package options is a test stub of go.mongodb.org/mongo-driver@v1.17.10 (mongo/options) for sessionlint's analyzer tests.
package options

// ReturnDocument specifies whether a findAndUpdate operation should return
// the document as it was before the update or after.
type ReturnDocument int8

const (
	Before ReturnDocument = iota
	After
)

// Credential can be used to provide authentication options.
type Credential struct {
	AuthMechanism string
	AuthSource    string
	Username      string
	Password      string
	PasswordSet   bool
}

// ClientOptions contains options to configure a Client instance.
type ClientOptions struct {
	Auth *Credential
	URI  string
}

func Client() *ClientOptions                                    { return &ClientOptions{} }
func (c *ClientOptions) ApplyURI(uri string) *ClientOptions     { c.URI = uri; return c }
func (c *ClientOptions) GetURI() string                         { return c.URI }
func (c *ClientOptions) SetAuth(auth Credential) *ClientOptions { c.Auth = &auth; return c }

type (
	DatabaseOptions   struct{}
	CollectionOptions struct{}
	InsertOneOptions  struct{}
	InsertManyOptions struct{}
	DeleteOptions     struct{}
	FindOptions       struct{}
	FindOneOptions    struct{}
)

// UpdateOptions represents options that can be used to configure UpdateOne/UpdateMany.
type UpdateOptions struct {
	Upsert *bool
}

func Update() *UpdateOptions                             { return &UpdateOptions{} }
func (u *UpdateOptions) SetUpsert(b bool) *UpdateOptions { u.Upsert = &b; return u }

// ReplaceOptions represents options that can be used to configure a ReplaceOne operation.
type ReplaceOptions struct {
	Upsert *bool
}

func Replace() *ReplaceOptions                             { return &ReplaceOptions{} }
func (r *ReplaceOptions) SetUpsert(b bool) *ReplaceOptions { r.Upsert = &b; return r }

// FindOneAndUpdateOptions represents options for a FindOneAndUpdate operation.
type FindOneAndUpdateOptions struct {
	ReturnDocument *ReturnDocument
	Upsert         *bool
}

func FindOneAndUpdate() *FindOneAndUpdateOptions { return &FindOneAndUpdateOptions{} }
func (f *FindOneAndUpdateOptions) SetUpsert(b bool) *FindOneAndUpdateOptions {
	f.Upsert = &b
	return f
}
func (f *FindOneAndUpdateOptions) SetReturnDocument(rd ReturnDocument) *FindOneAndUpdateOptions {
	f.ReturnDocument = &rd
	return f
}
