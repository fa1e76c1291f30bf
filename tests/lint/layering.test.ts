import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/corpus';

const eslint = new ESLint({ cwd: repoRoot });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repoRoot, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layering of DESIGN.md is a lint error', () => {
  it('keeps shared/ free of Node, Electron, React and the other layers', async () => {
    expect(
      await restrictedImports('shared/x.ts', "import { readFile } from 'node:fs';\nvoid readFile;"),
    ).toHaveLength(1);
    expect(
      await restrictedImports('shared/x.ts', "import { app } from 'electron';\nvoid app;"),
    ).toHaveLength(1);
    expect(
      await restrictedImports('shared/x.ts', "import { useState } from 'react';\nvoid useState;"),
    ).toHaveLength(1);
    expect(
      await restrictedImports(
        'shared/search/x.ts',
        "import { openArchive } from '../../electron/main/archive/archiveService';\nvoid openArchive;",
      ),
    ).toHaveLength(1);
  });

  it('keeps the renderer away from electron/, Electron and Node', async () => {
    expect(
      await restrictedImports(
        'renderer/src/x.ts',
        "import { openArchive } from '../../electron/main/archive/archiveService';\nvoid openArchive;",
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImports(
        'renderer/src/x.ts',
        "import { ipcRenderer } from 'electron';\nvoid ipcRenderer;",
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImports('renderer/src/x.ts', "import path from 'node:path';\nvoid path;"),
    ).toHaveLength(1);
  });

  it('lets only the app, IPC and preload folders import Electron', async () => {
    const code = "import { ipcMain } from 'electron';\nvoid ipcMain;";
    expect(await restrictedImports('electron/main/archive/x.ts', code)).toHaveLength(1);
    expect(await restrictedImports('electron/main/ipc/x.ts', code)).toHaveLength(0);
    expect(await restrictedImports('electron/preload/x.ts', code)).toHaveLength(0);
  });

  it('allows the imports the layering permits', async () => {
    expect(
      await restrictedImports(
        'renderer/src/x.ts',
        "import { operationNames } from '../../shared/api/operationNames';\nvoid operationNames;",
      ),
    ).toHaveLength(0);
    expect(
      await restrictedImports(
        'electron/main/x.ts',
        "import { readFile } from 'node:fs/promises';\nvoid readFile;",
      ),
    ).toHaveLength(0);
  });
});
