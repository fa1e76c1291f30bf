import type { Ref } from 'react';

interface Props {
  ref: Ref<HTMLInputElement>;
  label: string;
  onFile: (file: File) => void;
}

/** The hidden chooser for a .csv or .qdc codebook file; a button elsewhere opens it. */
export function CodebookFileInput({ ref, label, onFile }: Props) {
  return (
    <input
      ref={ref}
      type="file"
      hidden
      accept=".csv,.qdc,text/csv,application/xml"
      aria-label={label}
      onChange={(e) => {
        const file = e.target.files?.[0];
        if (file) onFile(file);
        // The same file may be chosen again after an edit.
        e.target.value = '';
      }}
    />
  );
}
