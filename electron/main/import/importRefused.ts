/** A file Dossier cannot make a source of, with the reason the writer is told. */
export class ImportRefused extends Error {}
