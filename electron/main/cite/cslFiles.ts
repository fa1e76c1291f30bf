/// <reference types="vite/client" />

// Each official locale and style file is its own chunk in the build, loaded the first time a
// citation needs it: a command pays for the language and style it cites in, not for all of them.
export const localeFiles = import.meta.glob<string>('./cslLocales/locales-*.xml', {
  query: '?raw',
  import: 'default',
});

export const styleFiles = import.meta.glob<string>('./cslStyles/*.csl', {
  query: '?raw',
  import: 'default',
});
