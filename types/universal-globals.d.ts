/**
 * The few web-platform globals the pure code may use because every place it runs has them (browsers, workers,
 * Node): URL parsing and UTF-8 decoding. Declared only for the DOM-free type check (tsconfig.pure.json); the
 * full build gets them from the DOM and Node typings.
 */
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly username: string;
  readonly password: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  toString(): string;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBuffer | ArrayBufferView, options?: { stream?: boolean }): string;
}
