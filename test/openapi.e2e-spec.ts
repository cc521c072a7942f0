import { startTestApp, TestApp } from './support/test-app';

describe('OpenAPI', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ seed: false });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('documents every API route the application serves, each with a summary', async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    const paths: Record<string, Record<string, { summary?: string }>> = res.body.paths;
    const apiRoutes = t.routes.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
    expect(apiRoutes.length).toBeGreaterThan(5);
    for (const route of apiRoutes) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      const operation = paths[path]?.[route.method.toLowerCase()];
      expect({ route: `${route.method} ${route.url}`, summary: operation?.summary }).toEqual({
        route: `${route.method} ${route.url}`,
        summary: expect.stringMatching(/\w/),
      });
    }
  });

  it('serves the interactive docs page', async () => {
    const res = await t.http.get('/api/docs').redirects(1).expect(200);
    expect(res.text).toContain('swagger');
  });
});
