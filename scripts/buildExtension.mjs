// Builds the browser extension (extension/) for Chromium and Firefox from one code base:
// extension/dist/chromium and extension/dist/firefox, each loadable unpacked, and a zip of each
// (extension/dist/dossier-chromium.zip, dossier-firefox.zip) to install from a file.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';

const root = resolve(import.meta.dirname, '../extension');
const dist = join(root, 'dist');
const { version } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8'),
);

const common = {
  manifest_version: 3,
  name: 'Save to Dossier',
  description:
    'Saves the page you read, the selection and its comments into Dossier on this machine. Nothing leaves the machine.',
  version,
  action: { default_title: 'Save to Dossier', default_popup: 'popup.html' },
  permissions: ['activeTab', 'scripting', 'contextMenus', 'storage', 'alarms'],
  // Dossier on this machine (its ports on the loopback address), and the pages read: the popup
  // (and a test driving it) reads the page it was opened for, as Zotero's Connector does. Page
  // content is read only when the writer saves or opens the popup, and goes only to 127.0.0.1.
  host_permissions: ['http://127.0.0.1/*', '<all_urls>'],
  commands: {
    _execute_action: {
      suggested_key: { default: 'Alt+Shift+D' },
      description: 'Open Save to Dossier',
    },
    'save-page': {
      suggested_key: { default: 'Alt+Shift+S' },
      description: 'Save the page to Dossier at once',
    },
  },
  content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'" },
};

const manifests = {
  chromium: { ...common, background: { service_worker: 'background.js' } },
  firefox: {
    ...common,
    background: { scripts: ['background.js'] },
    browser_specific_settings: {
      gecko: {
        id: 'save@dossier.invalid',
        strict_min_version: '121.0',
        // What it reads goes to Dossier on this machine only: nothing is collected.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
};

rmSync(dist, { recursive: true, force: true });
for (const [browser, manifest] of Object.entries(manifests)) {
  const out = join(dist, browser);
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [join(root, 'src/background.ts'), join(root, 'src/popup.ts')],
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox121'],
    outdir: out,
    logLevel: 'warning',
  });
  cpSync(join(root, 'popup.html'), join(out, 'popup.html'));
  cpSync(join(root, 'popup.css'), join(out, 'popup.css'));
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const zip = new JSZip();
  for (const file of ['manifest.json', 'background.js', 'popup.js', 'popup.html', 'popup.css'])
    zip.file(file, readFileSync(join(out, file)));
  writeFileSync(
    join(dist, `dossier-${browser}.zip`),
    await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
  );
}
console.log(`Built the extension for Chromium and Firefox in ${dist}`);
