const { MongoClient } = require('mongodb');
exports.collections = {};
exports.init = async function () {
  const client = await MongoClient.connect(process.env.MONGO_URL);
  const db = client.db();
  exports.collections.user = db.collection('user');
};
