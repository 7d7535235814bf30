// A page's own records named session (a charging session, a workout
// session): their ids in REST paths are no session IDs.
export default {
  methods: {
    async save(api, data) {
      await api.put('session/' + this.session.id, data);
      await api.delete(`sessions/${this.session.id}`);
    },
  },
};

// The request's session ID in a URL still is one.
export function leak(req, res) {
  res.redirect('/next?sid=' + req.session.id); // want sessioninurl
}
