// Package options is a test stub of go.mongodb.org/mongo-driver/v2@v2.10.0 (mongo/options) for sessionlint's analyzer tests.
package options

// Lister is an interface that wraps a List method to return a slice of
// option setters.
type Lister[T any] interface {
	List() []func(*T) error
}

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
	DatabaseOptions          struct{}
	CollectionOptions        struct{}
	InsertOneOptions         struct{}
	InsertManyOptions        struct{}
	DeleteOneOptions         struct{}
	DeleteManyOptions        struct{}
	UpdateOneOptions         struct{ Upsert *bool }
	UpdateManyOptions        struct{ Upsert *bool }
	ReplaceOptions           struct{ Upsert *bool }
	CountOptions             struct{}
	FindOptions              struct{}
	FindOneOptions           struct{}
	FindOneAndReplaceOptions struct{}
	FindOneAndUpdateOptions  struct {
		ReturnDocument *ReturnDocument
		Upsert         *bool
	}
)

// UpdateOneOptionsBuilder contains options to configure UpdateOne operations.
type UpdateOneOptionsBuilder struct {
	Opts []func(*UpdateOneOptions) error
}

func UpdateOne() *UpdateOneOptionsBuilder                                    { return &UpdateOneOptionsBuilder{} }
func (u *UpdateOneOptionsBuilder) List() []func(*UpdateOneOptions) error     { return u.Opts }
func (u *UpdateOneOptionsBuilder) SetUpsert(b bool) *UpdateOneOptionsBuilder { return u }

// FindOneAndUpdateOptionsBuilder contains options to configure FindOneAndUpdate operations.
type FindOneAndUpdateOptionsBuilder struct {
	Opts []func(*FindOneAndUpdateOptions) error
}

func FindOneAndUpdate() *FindOneAndUpdateOptionsBuilder { return &FindOneAndUpdateOptionsBuilder{} }
func (f *FindOneAndUpdateOptionsBuilder) List() []func(*FindOneAndUpdateOptions) error {
	return f.Opts
}
func (f *FindOneAndUpdateOptionsBuilder) SetUpsert(b bool) *FindOneAndUpdateOptionsBuilder {
	return f
}
func (f *FindOneAndUpdateOptionsBuilder) SetReturnDocument(rd ReturnDocument) *FindOneAndUpdateOptionsBuilder {
	return f
}
