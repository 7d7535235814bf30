// The hosted server depends on the published functions package, whose
// source sits beside it in the repository.
const { getMd5, getBcrypt } = require('blog-func/utils/lib')
const md5 = getMd5()
const bcrypt = getBcrypt()
let db

async function setPassword (event) {
  const ADMIN_PASS = md5(event.password)
  await writeConfig({ ADMIN_PASS }) // want plainpassword
  return { code: 0 }
}

async function setPasswordSafely (event) {
  const ADMIN_PASS = bcrypt.hashSync(event.password, 12)
  await writeConfig({ ADMIN_PASS })
  return { code: 0 }
}

// The configuration document takes the changes spread in whole.
async function writeConfig (newConfig) {
  const oldConfig = db.getCollection('config').findOne({})
  if (oldConfig) {
    db.getCollection('config').update({ ...oldConfig, ...newConfig })
  } else {
    db.getCollection('config').insert(newConfig)
  }
}

module.exports = { setPassword, setPasswordSafely }
