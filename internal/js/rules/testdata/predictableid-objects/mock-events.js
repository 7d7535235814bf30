// Fake data for the dashboard's empty state.
export const events = Array.from({ length: 5 }, () => ({ sessionId: Math.random().toString(36).slice(2) }));
