// The `dossier` process: built to out/main/cli.js and run by bin/dossier.mjs. Help is printed
// from the argument parser alone; the archive, and the readers behind it, load only for a command
// that needs them, so `dossier --help` costs little more than starting Node.
import { parseCliArgs, USAGE, UsageError } from './cliArgs';
import { EXIT_OK, EXIT_USER } from './cliSupport';
import { processIo } from './processIo';

async function main(argv: string[]): Promise<number> {
  const io = processIo();
  try {
    const args = parseCliArgs(argv);
    if (args.help || args.command === undefined || args.command === 'help') {
      io.out(USAGE);
      return args.command === undefined && !args.help ? EXIT_USER : EXIT_OK;
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    // runCli says it in its own words below.
  }
  const { runCli } = await import('./cli');
  return runCli(argv, io);
}

process.exitCode = await main(process.argv.slice(2));
