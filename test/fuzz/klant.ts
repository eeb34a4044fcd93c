/**
 * An HTTP client for fuzzing: keeps a session cookie like a browser, sends any body with any content type,
 * and gives up after a timeout so a hang is a finding instead of a stuck run.
 */
export class FuzzKlant {
  cookie?: string;

  constructor(private readonly baseUrl: string) {}

  static async login(baseUrl: string, email: string, password = 'demo'): Promise<FuzzKlant> {
    const klant = new FuzzKlant(baseUrl);
    const res = await klant.post('/auth/login', JSON.stringify({ email, password }));
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${await res.text()}`);
    return klant;
  }

  async post(pad: string, body: string, contentType = 'application/json', timeoutMs = 10_000): Promise<Response> {
    return this.verstuur(pad, { method: 'POST', body, headers: { 'content-type': contentType } }, timeoutMs);
  }

  async get(pad: string, timeoutMs = 10_000): Promise<Response> {
    return this.verstuur(pad, { method: 'GET', headers: {} }, timeoutMs);
  }

  async graphql<T>(endpoint: 'aanbieder' | 'gemeente', query: string, variables?: Record<string, unknown>) {
    const res = await this.post(`/graphql/${endpoint}`, JSON.stringify({ query, variables }));
    const text = await res.text();
    return { status: res.status, text, body: JSON.parse(text) as { data?: T; errors?: unknown[] } };
  }

  private async verstuur(pad: string, init: RequestInit & { headers: Record<string, string> }, timeoutMs: number): Promise<Response> {
    if (this.cookie) init.headers.cookie = this.cookie;
    // Content types the server might not accept as JSON are sent as-is; fetch would otherwise set text/plain.
    const res = await fetch(`${this.baseUrl}${pad}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    return res;
  }
}
