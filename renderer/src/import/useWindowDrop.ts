import { useEffect, useState } from 'react';
import type { ClipboardContent } from './clipboardPage';

/**
 * Files, or a selection dragged from a browser, dropped anywhere on the window; the default
 * would navigate away to the file. A drag that starts inside the window (the reader's own
 * words) is no import.
 */
export function useWindowDrop(
  onFiles: (files: File[]) => void,
  onContent: (content: ClipboardContent) => void,
): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    let ownDrag = false;
    const types = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []);
    const importable = (e: DragEvent) =>
      !ownDrag && types(e).some((t) => t === 'Files' || t === 'text/html' || t === 'text/plain');
    const onStart = () => {
      ownDrag = true;
    };
    const onEnd = () => {
      ownDrag = false;
    };
    const onEnter = (e: DragEvent) => {
      if (!importable(e)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    // A part of the window that takes files itself (a draft to cite) is not an import target.
    const onOver = (e: DragEvent) => {
      e.preventDefault();
      if (!importable(e)) return;
      const own = e.target instanceof Element && e.target.closest('[data-own-drop]') !== null;
      setDragging(!own);
    };
    const onDrop = (e: DragEvent) => {
      e.preventDefault();
      depth = 0;
      setDragging(false);
      if (ownDrag || !e.dataTransfer) return;
      const files = Array.from(e.dataTransfer.files);
      if (files.length) return onFiles(files);
      const html = e.dataTransfer.getData('text/html');
      const text = e.dataTransfer.getData('text/plain');
      if (html || text) onContent({ html: html || null, text: text || null });
    };
    window.addEventListener('dragstart', onStart);
    window.addEventListener('dragend', onEnd);
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragstart', onStart);
      window.removeEventListener('dragend', onEnd);
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFiles, onContent]);
  return dragging;
}
