// Settings shared by the apps of the repository, imported as 'shared/settings'.
export default {
  cookieKeys: ['keyboard cat'], // want hardcodedsecret
};
