/** Vite `?inline` imports: the file as a `data:` URL (base64 for PNG). */
declare module '*.png?inline' {
  const dataUrl: string;
  export default dataUrl;
}
