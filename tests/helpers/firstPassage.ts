import { dossier } from './runDossier';

/** `<id> --quote <words>` for the first words of a library's first source. */
export async function firstPassage(library: string): Promise<string[]> {
  const list = JSON.parse((await dossier(['list', '--json', '--library', library])).out) as {
    id: string;
  }[];
  const shown = JSON.parse(
    (await dossier(['show', list[0]!.id, '--json', '--library', library])).out,
  ) as { passages: { text: string }[] };
  return [list[0]!.id, '--quote', shown.passages[0]!.text.slice(0, 40)];
}
