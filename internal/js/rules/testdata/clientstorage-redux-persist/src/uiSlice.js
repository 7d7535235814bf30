export default function ui(state = { theme: 'dark' }) { return state; }
