import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** A box that takes files dropped on it (and shows it is ready while a file is dragged over). */
export function DropZone({
  onFiles,
  children,
}: {
  onFiles: (files: File[]) => void;
  children: ComponentChildren;
}) {
  const [dragging, setDragging] = useState(false);
  return (
    <div
      class={`drop-zone${dragging ? ' dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        onFiles([...(event.dataTransfer?.files ?? [])]);
      }}
    >
      {children}
    </div>
  );
}
