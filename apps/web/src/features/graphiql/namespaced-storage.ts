/**
 * GraphiQL keeps tabs and history in localStorage; each user gets their own namespace so that the
 * next person signing in on this browser does not see someone else's queries.
 */
export function namespacedStorage(namespace: string): Storage {
  const prefix = `${namespace}:`;
  const keys = () =>
    Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter(
      (key): key is string => key?.startsWith(prefix) ?? false,
    );
  return {
    get length() {
      return keys().length;
    },
    key: (index) => keys()[index]?.slice(prefix.length) ?? null,
    getItem: (key) => localStorage.getItem(prefix + key),
    setItem: (key, value) => localStorage.setItem(prefix + key, value),
    removeItem: (key) => localStorage.removeItem(prefix + key),
    clear: () => keys().forEach((key) => localStorage.removeItem(key)),
  };
}
