/** wawoff2 (Google's woff2 as WebAssembly) ships no types; only `decompress` is used. */
declare module "wawoff2" {
  /** WOFF2 bytes to TrueType/OpenType bytes. */
  export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
  export function compress(sfnt: Uint8Array): Promise<Uint8Array>;
}
