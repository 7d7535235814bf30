export default function auth(state = { token: null }, action) { return action.type === 'login' ? { token: action.token } : state; }
