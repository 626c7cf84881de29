/** Lower-case, accents dropped, only letters, digits, `%` and `#` kept: "User-ID " → "userid". */
export function headerKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%#]/g, '');
}
