export const DEFAULT_PASSPORT_OPTIONS = {
  session: false
};
