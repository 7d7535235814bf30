package jslib

// Routing and request handling.

// routerModules make apps and routers whose .post/.put/.patch/.delete
// calls register state-changing routes.
var routerModules = map[string]bool{
	"express": true, "fastify": true, "koa-router": true, "@koa/router": true, "router": true, "polka": true,
	"restify": true, "hyper-express": true, "express.oi": true, "@hapi/hapi": true, "hapi": true, "hono": true,
}

// Router reports whether a module makes routers.
func Router(module string) bool { return routerModules[module] }

// RouteDecorators are decorators that make a class method a route
// (NestJS, routing-controllers, tsoa), with the HTTP method they register.
var RouteDecorators = map[string]string{
	"Post": "POST", "Put": "PUT", "Patch": "PATCH", "Delete": "DELETE", "Get": "GET", "All": "ALL",
}

// RouteDecoratorModules provide RouteDecorators.
var RouteDecoratorModules = []string{"@nestjs/common", "routing-controllers", "tsoa", "@tsed/common", "@tsed/schema"}

// FileRouteDirs are folders whose files are routes by their path
// (Next.js pages/api and app router route files, fastify-autoload routes).
var FileRouteDirs = []string{"pages/api", "src/pages/api", "app/api", "src/app/api", "routes", "src/routes"}

// FileRouteExports are the exported handler names of app-router route
// files (export async function POST(request) {}).
var FileRouteExports = []string{"POST", "PUT", "PATCH", "DELETE"}

// httpClients send requests from the server: a URL they receive leaves the
// app by design.
var httpClients = map[string]bool{
	"axios": true, "got": true, "node-fetch": true, "cross-fetch": true, "superagent": true, "request": true,
	"request-promise": true, "needle": true, "undici": true, "http": true, "https": true, "ky": true, "phin": true, "bent": true,
	// swr: useSWR(url) fetches its key, like fetch(url) in the browser.
	"swr": true,
}

// HTTPClient reports whether a module sends HTTP requests.
func HTTPClient(module string) bool { return httpClients[module] }

// ORM hooks in which models hash passwords before writes, by the writes
// they run on: creating and saving records, or update queries. Mongoose
// pre('save' | 'validate') and pre('updateOne' | 'findOneAndUpdate' | ...)
// are read from the hook's first argument.
var (
	SaveHooks   = []string{"beforeCreate", "beforeSave", "BeforeInsert", "beforeBulkCreate", "$beforeInsert", "beforeInsert"}
	UpdateHooks = []string{"beforeUpdate", "beforeSave", "BeforeUpdate", "beforeBulkUpdate", "$beforeUpdate"}
)
