/** Saves text as a file through the browser's download UI (a local blob URL: nothing goes over the network). */
export function saveTextFile(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL by now; free it on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
