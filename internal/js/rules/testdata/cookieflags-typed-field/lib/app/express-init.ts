import express, { Express } from 'express'
import session from 'express-session'
import App from 'server/app'

export default (app: App, server: Express) => {
  server.use(session(app.sessionConfig)) // want memstore
  server.use('/admin', session(app.adminSessionConfig)) // want memstore
}
