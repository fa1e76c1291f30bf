// The part of web-ext's programmatic API the extension's lint test uses (the package ships no
// types).
declare module 'web-ext' {
  interface LintMessage {
    code: string;
    message: string;
    file?: string;
  }
  const webExt: {
    cmd: {
      lint(
        options: Record<string, unknown>,
        deps: { shouldExitProgram: boolean },
      ): Promise<{ errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] }>;
    };
  };
  export default webExt;
}
