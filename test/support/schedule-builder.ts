import type { TestApp } from './test-app';

/** Small API-driven factories for scheduling tests: everything goes through the real routes. */
export class ScheduleBuilder {
  constructor(
    private readonly t: Pick<TestApp, 'http'>,
    private readonly token: string,
  ) {}

  private auth() {
    return { Authorization: `Bearer ${this.token}` };
  }

  async post(url: string, body: object, status = 201) {
    const res = await this.t.http.post(url).set(this.auth()).send(body);
    if (res.status !== status) throw new Error(`POST ${url} → ${res.status} (wanted ${status}): ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async patch(url: string, body: object, status = 200) {
    const res = await this.t.http.patch(url).set(this.auth()).send(body);
    if (res.status !== status) throw new Error(`PATCH ${url} → ${res.status} (wanted ${status}): ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async get(url: string, status = 200) {
    const res = await this.t.http.get(url).set(this.auth());
    if (res.status !== status) throw new Error(`GET ${url} → ${res.status} (wanted ${status}): ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async delete(url: string, status = 204) {
    const res = await this.t.http.delete(url).set(this.auth());
    if (res.status !== status) throw new Error(`DELETE ${url} → ${res.status} (wanted ${status}): ${JSON.stringify(res.body)}`);
    return res.body;
  }

  edition(brand: string, year: number, startDate: string, endDate: string, extra: object = {}) {
    return this.post('/api/editions', { brand, year, title: `${year} 测试大会`, startDate, endDate, city: '西安', ...extra });
  }

  room(editionId: number, name: string, capacity: number | null = 200) {
    return this.post(`/api/editions/${editionId}/rooms`, { name, capacity });
  }

  organization(name: string, extra: object = {}) {
    return this.post('/api/organizations', { name, kind: 'social_organization', ...extra });
  }

  speaker(name: string, title = '秘书长') {
    return this.post('/api/speakers', { name, title });
  }

  session(editionId: number, body: object, status = 201) {
    return this.post(`/api/editions/${editionId}/sessions`, { kind: 'sub_forum', title: '分论坛', ...body }, status);
  }
}
