localStorage.setItem('jwt', token); // sessionlint:ignore clientstorage kiosk app, no third-party scripts
// sessionlint:ignore clientstorage the token is a short-lived, read-only demo token
localStorage.setItem('jwt', token);
/* sessionlint:ignore clientstorage */ // want clientstorage
localStorage.setItem('jwt', token); // want clientstorage
/* sessionlint:ignore nosuchrule because */ // want predictableid
/* sessionlint:ignore */ // want predictableid
localStorage.setItem('jwt', token); // sessionlint:ignore cookieflags wrong rule // want clientstorage
