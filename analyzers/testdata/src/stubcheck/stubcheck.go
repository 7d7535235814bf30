// Package stubcheck imports every third-party stub under testdata/src and
// exercises a few typical uses, so that `go vet stubcheck` (GOPATH mode)
// proves the stubs type-check together. It is not an analyzer test input.
package stubcheck

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"net/http"
	"time"

	"github.com/alexedwards/scs/postgresstore"
	"github.com/alexedwards/scs/redisstore"
	scs "github.com/alexedwards/scs/v2"
	"github.com/alexedwards/scs/v2/memstore"
	ginjwt "github.com/appleboy/gin-jwt/v2"
	beego1 "github.com/astaxie/beego"
	beego1session "github.com/astaxie/beego/session"
	beego "github.com/beego/beego/v2/server/web"
	beegoctx "github.com/beego/beego/v2/server/web/context"
	beegosession "github.com/beego/beego/v2/server/web/session"
	"github.com/boj/redistore"
	ginsessions "github.com/gin-contrib/sessions"
	gincookie "github.com/gin-contrib/sessions/cookie"
	ginmemstore "github.com/gin-contrib/sessions/memstore"
	ginredis "github.com/gin-contrib/sessions/redis"
	"github.com/gin-gonic/gin"
	fiber2 "github.com/gofiber/fiber/v2"
	fiber2csrf "github.com/gofiber/fiber/v2/middleware/csrf"
	fiber2session "github.com/gofiber/fiber/v2/middleware/session"
	fiber3 "github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/extractors"
	fiber3csrf "github.com/gofiber/fiber/v3/middleware/csrf"
	fiber3session "github.com/gofiber/fiber/v3/middleware/session"
	fiberredis "github.com/gofiber/storage/redis/v3"
	jwt "github.com/golang-jwt/jwt/v5"
	"github.com/gomodule/redigo/redis"
	"github.com/google/uuid"
	"github.com/gorilla/csrf"
	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
	gormv1 "github.com/jinzhu/gorm"
	"github.com/jmoiron/sqlx"
	"github.com/justinas/nosurf"
	echosession "github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
	echomw "github.com/labstack/echo/v4/middleware"
	quasoft "github.com/quasoft/memstore"
	"github.com/spf13/viper"
	"github.com/valyala/fasthttp"
	"github.com/zerodha/simplesessions/v3"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/bson/primitive"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
	bson2 "go.mongodb.org/mongo-driver/v2/bson"
	mongo2 "go.mongodb.org/mongo-driver/v2/mongo"
	options2 "go.mongodb.org/mongo-driver/v2/mongo/options"
	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
	"golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
	"golang.org/x/oauth2"
	"gorm.io/gorm"
	"xorm.io/xorm"
)

// Interface conformance checks.
var (
	_ sessions.Store            = (*sessions.CookieStore)(nil)
	_ sessions.Store            = (*sessions.FilesystemStore)(nil)
	_ sessions.Store            = (*redistore.RediStore)(nil)
	_ sessions.Store            = (*quasoft.MemStore)(nil)
	_ securecookie.Codec        = (*securecookie.SecureCookie)(nil)
	_ scs.Store                 = (*memstore.MemStore)(nil)
	_ scs.Store                 = (*redisstore.RedisStore)(nil)
	_ scs.Store                 = (*postgresstore.PostgresStore)(nil)
	_ scs.IterableStore         = (*memstore.MemStore)(nil)
	_ ginsessions.Store         = gincookie.NewStore()
	_ ginsessions.Store         = ginmemstore.NewStore()
	_ fiber2.Storage            = (*fiberredis.Storage)(nil)
	_ fiber3.Storage            = (*fiberredis.Storage)(nil)
	_ fiber2.Router             = (*fiber2.App)(nil)
	_ fiber3.Router             = (*fiber3.App)(nil)
	_ jwt.Claims                = jwt.MapClaims{}
	_ jwt.Claims                = jwt.RegisteredClaims{}
	_ jwt.SigningMethod         = jwt.SigningMethodHS256
	_ http.Handler              = nosurf.New(nil)
	_ gorm.Option               = &gorm.Config{}
	_ beego.ControllerInterface = (*beego.Controller)(nil)
	_ beegosession.Store        = beegosession.Store(nil)
	_ *fasthttp.RequestCtx      = nil
)

func gorilla(w http.ResponseWriter, r *http.Request) {
	store := sessions.NewCookieStore([]byte("k"))
	store.Options.HttpOnly = true
	s, _ := store.Get(r, "sid")
	s.Values["uid"] = 1
	s.Options.MaxAge = -1
	_ = s.Save(r, w)
	_ = sessions.NewFilesystemStore("", securecookie.GenerateRandomKey(32))
	h := csrf.Protect([]byte("32-byte-long-auth-key"), csrf.Secure(false), csrf.SameSite(csrf.SameSiteStrictMode))
	_ = h
	_ = csrf.Token(r)
}

func scsUse(db *sql.DB) {
	sm := scs.New()
	sm.Store = redisstore.New(&redis.Pool{})
	sm.Store = postgresstore.New(db)
	sm.Cookie.Secure = true
	sm.IdleTimeout = 20 * time.Minute
	ctx := context.Background()
	_ = sm.RenewToken(ctx)
	sm.Put(ctx, "userID", 1)
	_ = sm.Destroy(ctx)
	_ = sm.LoadAndSave(http.NotFoundHandler())
}

func ginUse() {
	r := gin.Default()
	store := gincookie.NewStore([]byte("secret"))
	store.Options(ginsessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true, Secure: true})
	rs, _ := ginredis.NewStore(10, "tcp", "localhost:6379", "", "", []byte("secret"))
	_ = rs
	r.Use(ginsessions.Sessions("mysession", store))
	r.POST("/login", func(c *gin.Context) {
		s := ginsessions.Default(c)
		s.Set("user", c.PostForm("user"))
		_ = s.Save()
		c.SetSameSite(http.SameSiteStrictMode)
		c.SetCookie("token", "v", 3600, "/", "", true, true)
		c.JSON(200, gin.H{"ok": true})
	})
}

func fiberUse() {
	app := fiber2.New()
	store := fiber2session.New(fiber2session.Config{CookieSecure: true, Storage: fiberredis.New()})
	app.Use(fiber2csrf.New(fiber2csrf.Config{CookieSameSite: "Strict"}))
	app.Post("/login", func(c *fiber2.Ctx) error {
		sess, err := store.Get(c)
		if err != nil {
			return err
		}
		_ = sess.Regenerate()
		sess.Set("uid", c.FormValue("uid"))
		c.Cookie(&fiber2.Cookie{Name: "a", Value: "b", HTTPOnly: true, SameSite: fiber2.CookieSameSiteLaxMode})
		return sess.Save()
	})

	app3 := fiber3.New()
	h, store3 := fiber3session.NewWithStore(fiber3session.Config{
		CookieSecure: true, AbsoluteTimeout: time.Hour, Extractor: extractors.FromCookie("sid"),
	})
	_ = store3
	app3.Use(h)
	app3.Use(fiber3csrf.New())
	app3.Post("/login", func(c fiber3.Ctx) error {
		m := fiber3session.FromContext(c)
		_ = m.Regenerate()
		m.Set("uid", 1)
		c.Cookie(&fiber3.Cookie{Name: "x", Secure: true, Partitioned: true})
		return c.Redirect().Status(fiber3.StatusSeeOther).To("/")
	})
}

func echoUse() {
	e := echo.New()
	e.Use(echosession.Middleware(sessions.NewCookieStore([]byte("secret"))))
	e.Use(echomw.CSRFWithConfig(echomw.CSRFConfig{CookieSecure: true, CookieHTTPOnly: true, CookieSameSite: http.SameSiteStrictMode}))
	e.POST("/login", func(c echo.Context) error {
		s, _ := echosession.Get("session", c)
		s.Values["uid"] = 1
		_ = s.Save(c.Request(), c.Response())
		c.SetCookie(&http.Cookie{Name: "n", Value: "v"})
		return c.NoContent(http.StatusOK)
	})
}

type LoginController struct {
	beego.Controller
}

func (c *LoginController) Post() {
	_ = c.SessionRegenerateID()
	_ = c.SetSession("uid", 1)
	c.Ctx.SetCookie("a", "b", 3600, "/", "", true, true)
}

func beegoUse() {
	beego.BConfig.WebConfig.Session.SessionOn = true
	beego.Router("/login", &LoginController{})
	_, _ = beegosession.NewManager("memory", &beegosession.ManagerConfig{CookieName: "sid", Gclifetime: 3600})
	_, _ = beego1session.NewManager("memory", &beego1session.ManagerConfig{CookieName: "sid", Gclifetime: 3600})
	beego1.BConfig.WebConfig.Session.SessionOn = beego1.AppConfig.DefaultBool("sessionon", false)
	_, _ = ginjwt.New(&ginjwt.GinJWTMiddleware{Realm: "r", SendCookie: true})
	_ = (&gormv1.DB{}).Model(struct{}{}).Update("name", "x")
	_, _ = (&xorm.Engine{}).Insert(struct{}{})
	_ = simplesessions.New(simplesessions.Options{Cookie: simplesessions.CookieOptions{IsSecure: true}})
	_ = beegoctx.NewContext()
}

func misc(ctx context.Context) {
	_ = uuid.NewString()
	id, _ := uuid.NewV7()
	_ = id.String()
	_ = uuid.Must(uuid.NewUUID())
	hash, _ := bcrypt.GenerateFromPassword([]byte("pw"), bcrypt.DefaultCost)
	_ = bcrypt.CompareHashAndPassword(hash, []byte("pw"))
	_ = argon2.IDKey([]byte("pw"), []byte("salt"), 1, 64*1024, 4, 32)
	_, _ = scrypt.Key([]byte("pw"), []byte("salt"), 32768, 8, 1, 32)
	_ = pbkdf2.Key([]byte("pw"), []byte("salt"), 600000, 32, sha256.New)
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "1"})
	_, _ = tok.SignedString([]byte("k"))
	_, _ = jwt.Parse("t", func(t *jwt.Token) (any, error) { return []byte("k"), nil }, jwt.WithValidMethods([]string{"HS256"}))

	db := sqlx.MustConnect("postgres", "")
	db.MustExec("UPDATE users SET session_id=$1", "x")
	_, _ = db.ExecContext(ctx, "DELETE FROM sessions WHERE id=$1", "x")
	_, _ = db.NamedExec("INSERT INTO t VALUES (:a)", map[string]any{"a": 1})

	g, _ := gorm.Open(nil, &gorm.Config{})
	g.Model(&gorm.Model{}).Where("id = ?", 1).Update("token", "x")

	c1, _ := mongo.Connect(ctx, options.Client().ApplyURI("mongodb://x"))
	coll := c1.Database("d").Collection("sessions")
	_, _ = coll.UpdateOne(ctx, bson.M{"_id": primitive.NewObjectID()}, bson.D{{Key: "$set", Value: bson.M{"t": 1}}}, options.Update().SetUpsert(true))
	c2, _ := mongo2.Connect(options2.Client().ApplyURI("mongodb://x"))
	coll2 := c2.Database("d").Collection("sessions")
	_, _ = coll2.InsertOne(ctx, bson2.M{"t": 1})
	_ = coll2.FindOneAndUpdate(ctx, bson2.D{{Key: "_id", Value: 1}}, bson2.M{}, options2.FindOneAndUpdate().SetReturnDocument(options2.After)).Decode(nil)

	n := nosurf.New(http.NotFoundHandler())
	n.SetBaseCookie(http.Cookie{Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	n.ExemptPath("/webhook")
}

func useOAuth2(ctx context.Context, c *oauth2.Config) (string, error) {
	t, err := c.Exchange(ctx, "code")
	if err != nil {
		return c.AuthCodeURL("state"), err
	}
	return t.AccessToken, nil
}

func useViper(cfg any) error {
	viper.SetConfigName("config")
	viper.AddConfigPath("config")
	if err := viper.ReadInConfig(); err != nil {
		return err
	}
	return viper.Unmarshal(cfg)
}
