/** "Marco" for "Marco Jansen": how the client is named in short messages and labels. */
export function shortName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}
