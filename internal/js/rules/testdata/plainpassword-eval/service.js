// Item 3: @directus/api style service methods on this/super are not DB writes.
class UsersService extends ItemsService {
  async updateOne(key, data, opts) {
    return super.updateOne(key, data, opts);
  }

  async resetPassword(token, password) {
    const { id } = verify(token);
    await this.updateOne(id, { password }, { preMutationError: true });
  }

  async setPassword(password) {
    await this.updateOne({ password });
    await super.updateOne(this.key, { password });
  }

  async createAdmin(password) {
    await this.knex('directus_users').insert({ email: 'a@b.c', password }); // want plainpassword
    await this.userModel.create({ password }); // want plainpassword
  }
}

module.exports = async function changePassword(req, res) {
  const { password } = req.body;
  await User.updateOne({ _id: req.user.id }, { password }); // want plainpassword
  await db.collection('users').updateOne({ _id: req.user.id }, { $set: { password } }); // want plainpassword
  await prisma.user.update({ where: { id: req.user.id }, data: { password } }); // want plainpassword
};

async function inviteAccept(user, password, opts) {
  const service = new UsersService({ knex, schema });
  await service.updateOne(user.id, { password, status: 'active' });
  await new UsersService({ knex, schema }).updateOne(user.id, { password }, opts);
  await usersService.updateOne(user.id, { password });
  await usersRepository.update(user.id, { password }); // want plainpassword
}
