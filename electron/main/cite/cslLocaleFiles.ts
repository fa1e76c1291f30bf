/// <reference types="vite/client" />

// Each official locale file is its own chunk in the build, loaded the first time a citation
// needs it: a command pays for the language it cites in, not for all sixty.
export const localeFiles = import.meta.glob<string>('./cslLocales/locales-*.xml', {
  query: '?raw',
  import: 'default',
});
