localStorage.setItem('sidebarCollapsed', 'true');
localStorage.lang = 'en';
sessionStorage.setItem('draft', JSON.stringify(form));
localStorage.setItem('csrfToken', meta.content);
localStorage.setItem('returnTo', location.pathname);
