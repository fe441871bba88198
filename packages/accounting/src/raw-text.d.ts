/** Vite (and so vitest) imports a file's text with `?raw`; tests read documents of the repository this way. */
declare module '*?raw' {
  const text: string;
  export default text;
}
