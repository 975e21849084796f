/** Types of the modules made by scripts/vite-scenarios-plugin.ts (compiled from scenarios/*.yaml at build time). */
declare module 'virtual:ruimte-scenarios' {
  /** One entry per scenario file, broken files included (`ok: false`, with their issues). */
  export const catalogue: readonly import('./catalogue.ts').CatalogueEntry[];
  /** The compiled scenario, loaded as its own chunk. Rejects for an unknown id or a scenario with errors. */
  export function loadScenario(id: string): Promise<import('../engine/scenario.types.ts').CompiledScenario>;
}

declare module 'virtual:ruimte-scenario/*' {
  const scenario: import('../engine/scenario.types.ts').CompiledScenario;
  export default scenario;
}
