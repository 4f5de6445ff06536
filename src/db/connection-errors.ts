/** The failures people meet when connecting, said in one line with what to do; anything else as it came. */
export function explainConnectionError(error: unknown, url: string): Error {
  const { code, message } = error as { code?: string; message?: string };
  const where = describeUrl(url);
  const explained: Record<string, string> = {
    ECONNREFUSED: `No PostgreSQL server answers at ${where}: start it, or check the host and port`,
    ENOTFOUND: `The host of ${where} is unknown: check DATABASE_URL`,
    ETIMEDOUT: `${where} did not answer in time: check the host, port and firewall`,
    "28P01": `PostgreSQL refused the password for ${where}: check the user and password in DATABASE_URL`,
    "28000": `PostgreSQL refused the connection to ${where}: ${message}`,
    "3D000": `The database of ${where} does not exist: create it (CREATE DATABASE) or fix DATABASE_URL`,
    "53100": `The disk of the PostgreSQL server at ${where} is full`,
  };
  return new Error(explained[code ?? ""] ?? `Could not use the database at ${where}: ${message ?? String(error)}`, { cause: error });
}

/** "postgresql://user@host:port/db", the password left out. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `postgresql://${parsed.username ? `${decodeURIComponent(parsed.username)}@` : ""}${parsed.host}${parsed.pathname}`;
  } catch {
    return "DATABASE_URL";
  }
}
