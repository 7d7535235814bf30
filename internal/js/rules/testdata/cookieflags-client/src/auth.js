import Cookies from 'js-cookie';
import UniversalCookies from 'universal-cookie';

const cookies = new UniversalCookies();

export function remember(token, version) {
  Cookies.set('jwt', token, { expires: 365 }); // want cookieflags
  Cookies.set('access_token', token, { secure: true, sameSite: 'strict' });
  Cookies.set('tokenVersion', version, { expires: 365 });
  cookies.set('auth_token', token, { path: '/' }); // want cookieflags
  document.cookie = `token=${token}; path=/`; // want cookieflags
  document.cookie = `session=${token}; Secure; SameSite=Strict`;
  document.cookie = 'theme=dark; path=/';
}

export default {
  methods: {
    keep(res) {
      this.$ls.set('token', res.data.token); // want clientstorage
      this.$ls.set('locale', 'en');
    },
  },
};
