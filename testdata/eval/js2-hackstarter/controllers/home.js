const THEMES = ['light', 'dark', 'solarized'];

/**
 * GET /
 */
exports.index = (req, res) => {
  const tips = ['Use the keyboard shortcut ? for help', 'Try the dark theme', 'Link your GitHub account'];
  const tip = tips[Math.floor(Math.random() * tips.length)];
  res.render('home', { title: 'Home', tip });
};

/**
 * GET /theme/:name
 */
exports.setTheme = (req, res) => {
  const theme = THEMES.includes(req.params.name) ? req.params.name : 'light';
  res.cookie('theme', theme, { maxAge: 365 * 24 * 60 * 60 * 1000 });
  res.redirect('back');
};
