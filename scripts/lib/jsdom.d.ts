/** The one part of jsdom (a dev dependency that ships no types) that the build uses: its HTML parser. */
declare module 'jsdom' {
  export const JSDOM: {
    /** Parses `html` as the inside of a <template>: elements only, nothing runs, nothing loads. */
    fragment(html: string): DocumentFragment;
  };
}
