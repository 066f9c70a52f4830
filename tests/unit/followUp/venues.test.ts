/**
 * Where to complain: the shipped directory (resources/venues/venues.json) parses and cites its sources,
 * venues are picked by the platform's jurisdiction and the user's country, and the user's own venues
 * sit next to the shipped ones.
 */
import { afterEach, describe, expect, it } from 'vitest';
import venuesFile from '../../../resources/venues/venues.json';
import type { Venue, VenueAnswer } from '../../../src/shared/followUp';
import { loadVenueDirectory, VENUE_DIRECTORY, VenueDataError } from '../../../src/main/core/followUp/venues/venueData';
import { call, callError, cleanup, count, openTestCore } from '../helpers';

afterEach(cleanup);

const venue = (id: string): Venue => {
  const found = VENUE_DIRECTORY.venues.find((v) => v.id === id);
  if (!found) throw new Error(`no venue ${id}`);
  return found;
};
const ids = (answer: VenueAnswer) => answer.venues.map((v) => v.id);

describe('the shipped venue directory', () => {
  it('parses, is versioned, and every venue cites an official https source and speaks both languages', () => {
    const directory = loadVenueDirectory(venuesFile);
    expect(directory.version).toMatch(/\S/);
    expect(directory.venues.map((v) => v.id)).toEqual(
      expect.arrayContaining([
        'us-cfpb', 'us-sec-tips', 'us-cftc-tips', 'us-ic3', 'uk-fos', 'eu-national-authority',
        'hk-sfc', 'au-afca', 'au-asic', 'sg-mas', 'tw-165', 'cn-police',
      ]),
    );
    for (const v of directory.venues) {
      expect(v.sources.length, v.id).toBeGreaterThan(0);
      for (const url of [v.url, ...v.sources]) expect(url, v.id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
      for (const text of [v.name, v.covers, v.needs, ...v.caveats, ...v.deadlines.map((d) => d.text)]) {
        expect(text.en.trim(), v.id).not.toBe('');
        expect(text['zh-CN'], v.id).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(v.builtIn).toBe(true);
    }
  });

  it('encodes exactly the facts of the issue', () => {
    expect(venue('us-cfpb').deadlines.map((d) => [d.days, d.from])).toEqual([[15, 'venue_receipt'], [60, 'venue_receipt']]);
    expect(venue('us-cfpb').deadlines[0]!.text.en).toContain('15 days to respond');

    const cftc = venue('us-cftc-tips').needs.en;
    for (const word of ['blockchain', 'originating wallet address', 'receiving wallet address', 'hash']) expect(cftc).toContain(word);

    const fos = venue('uk-fos');
    expect(fos.deadlines.map((d) => [d.days, d.from])).toEqual([[56, 'complaint_to_firm'], [null, 'final_response']]);
    expect(fos.deadlines[0]!.text.en).toContain('8 weeks');
    expect(fos.deadlines[1]!.text.en).toContain('6 months');
    expect(fos.caveats[0]!.en).toMatch(/anti-money-laundering.*outside the ombudsman/);

    // MiCA Art. 71 is the provider's own complaint procedure, not a body to complain to: it is the
    // first thing the national authority's entry (Art. 108) says to do, never a venue of its own.
    const nca = venue('eu-national-authority');
    expect(nca.name.en).toContain('Art. 108');
    expect(nca.caveats[0]!.en).toMatch(/Art\. 71.*free of charge.*template/);
    expect(nca.caveats[0]!.en).toContain('formal-complaint step');
    expect(VENUE_DIRECTORY.venues.filter((v) => /Art\. 71/.test(v.name.en))).toEqual([]);

    expect(venue('hk-sfc').uploadLimits).toEqual({ maxFiles: 4, maxFileBytes: 4_000_000, types: ['image/jpeg', 'application/pdf'] });
    expect(venue('hk-sfc').caveats[0]!.en).toContain('service quality');
    expect(venue('au-afca').caveats[0]!.en).toContain('voluntarily');
    expect(venue('cn-police').covers['zh-CN']).toContain('12110');
    expect(venue('tw-165').kind).toBe('police');
  });

  it('refuses a broken directory, naming what is wrong', () => {
    const first = venuesFile.venues[0]!;
    const withVenues = (venues: unknown[]) => ({ ...venuesFile, venues });
    expect(() => loadVenueDirectory(withVenues([{ ...first, sources: [] }]))).toThrow(/sources/);
    expect(() => loadVenueDirectory(withVenues([{ ...first, url: 'http://example.org/' }]))).toThrow(VenueDataError);
    expect(() => loadVenueDirectory(withVenues([first, first]))).toThrow(/duplicate id us-cfpb/);
    expect(() => loadVenueDirectory(withVenues([{ ...first, name: { en: 'CFPB' } }]))).toThrow(/name/);
    expect(() => loadVenueDirectory({ venues: [first] })).toThrow(/version/);
  });
});

describe('venues.list', () => {
  async function platformIn(t: ReturnType<typeof openTestCore>, jurisdiction?: string): Promise<number> {
    return (await call<{ id: number }>(t.router, 'platforms.create', { name: 'Exchange', ...(jurisdiction ? { jurisdiction } : {}) })).id;
  }

  it.each([
    ['CN', ['cn-police']],
    ['HK', ['hk-sfc']],
    ['GB', ['uk-fos']],
    ['US', ['us-cfpb', 'us-sec-tips', 'us-cftc-tips', 'us-ic3']],
    ['AU', ['au-afca', 'au-asic']],
    ['DE', ['eu-national-authority']],
    ['EU', ['eu-national-authority']],
  ])("the user's country %s picks %j", async (country, expected) => {
    const t = openTestCore();
    const answer = await call<VenueAnswer>(t.router, 'venues.list', { country });
    expect(ids(answer)).toEqual(expected);
    expect(answer.basis).toEqual({ platformJurisdiction: null, userCountry: country });
    expect(answer.directoryVersion).toBe(VENUE_DIRECTORY.version);
  });

  it("puts the platform's jurisdiction first, then the user's country (from the profile unless given)", async () => {
    const t = openTestCore();
    const platformId = await platformIn(t, 'HK');
    await call(t.router, 'profile.update', { country: 'CN' });
    const answer = await call<VenueAnswer>(t.router, 'venues.list', { platformId });
    expect(answer.basis).toEqual({ platformJurisdiction: 'HK', userCountry: 'CN' });
    expect(ids(answer)).toEqual(['hk-sfc', 'cn-police']);
    expect(answer.warning).toBeNull();
    // A country given with the call wins over the profile's.
    expect(ids(await call<VenueAnswer>(t.router, 'venues.list', { platformId, country: 'US' }))).toEqual([
      'hk-sfc', 'us-cfpb', 'us-sec-tips', 'us-cftc-tips', 'us-ic3',
    ]);
  });

  it('warns about firms registered only for anti-money-laundering rules when the UK ombudsman is listed', async () => {
    const t = openTestCore();
    const answer = await call<VenueAnswer>(t.router, 'venues.list', { platformId: await platformIn(t, 'GB') });
    expect(ids(answer)).toEqual(['uk-fos']);
    expect(answer.warning?.code).toBe('aml_only_firms');
    expect(answer.warning?.text.en).toContain('anti-money-laundering');
    expect(answer.warning?.text['zh-CN']).toContain('反洗钱');
  });

  it.each([['CN'], ['TW']])('says plainly that only the police are listed for %s, and a dispute that is no crime may have no venue', async (country) => {
    const t = openTestCore();
    const answer = await call<VenueAnswer>(t.router, 'venues.list', { country });
    expect(answer.venues.map((v) => v.kind)).toEqual(['police']);
    expect(answer.warning).toMatchObject({ code: 'crime_reports_only', params: { regions: country } });
    expect(answer.warning?.text.en).toMatch(/only the police.*may have no official venue here.*does not give legal advice/);
    expect(answer.warning?.text['zh-CN']).toMatch(/只有警方.*不提供法律意见/);
    // Any body besides the police (the platform's regulator) and the warning goes.
    const platformId = await platformIn(t, 'HK');
    expect((await call<VenueAnswer>(t.router, 'venues.list', { platformId, country })).warning).toBeNull();
  });

  it('says plainly when no venue covers the basis, and gives no legal advice', async () => {
    const t = openTestCore();
    const answer = await call<VenueAnswer>(t.router, 'venues.list', { platformId: await platformIn(t, 'SC'), country: 'ZZ' });
    expect(answer.venues).toEqual([]);
    expect(answer.warning).toMatchObject({ code: 'no_venue', params: { regions: 'SC, ZZ' } });
    expect(answer.warning?.text.en).toMatch(/^No venue in the directory covers SC, ZZ;.*does not give legal advice/);
    expect(answer.warning?.text['zh-CN']).toContain('不提供法律意见');
  });

  it('lists the whole directory with a warning when neither the jurisdiction nor the country is known', async () => {
    const t = openTestCore();
    const answer = await call<VenueAnswer>(t.router, 'venues.list', { platformId: await platformIn(t) });
    expect(answer.basis).toEqual({ platformJurisdiction: null, userCountry: null });
    expect(ids(answer)).toEqual(VENUE_DIRECTORY.venues.map((v) => v.id));
    expect(answer.warning?.code).toBe('basis_unknown');
    expect((await call<VenueAnswer>(t.router, 'venues.list')).warning?.code).toBe('basis_unknown');
  });

  it('answers not_found for an unknown platform and invalid_input for a malformed country', async () => {
    const t = openTestCore();
    await callError(t.router, 'venues.list', { platformId: 99 }, 'not_found');
    expect((await callError(t.router, 'venues.list', { country: 'China' }, 'invalid_input')).field).toBe('country');
  });
});

describe("the user's own venues", () => {
  const consumerBody = {
    name: 'Verbraucherzentrale',
    jurisdiction: 'DE',
    kind: 'consumer_body',
    url: 'https://www.verbraucherzentrale.de/',
    covers: 'Consumer advice in Germany',
    deadlineDays: 30,
  };

  it('are added with ids that are never reused, listed for their jurisdiction, edited and deleted', async () => {
    const t = openTestCore();
    const saved = await call<Venue>(t.router, 'venues.save', consumerBody);
    expect(saved).toMatchObject({
      id: 'user:1',
      builtIn: false,
      name: { en: 'Verbraucherzentrale', 'zh-CN': 'Verbraucherzentrale' },
      deadlines: [{ days: 30, from: 'venue_receipt' }],
      sources: ['https://www.verbraucherzentrale.de/'],
    });
    expect(ids(await call<VenueAnswer>(t.router, 'venues.list', { country: 'DE' }))).toEqual(['eu-national-authority', 'user:1']);

    const edited = await call<Venue>(t.router, 'venues.save', { ...consumerBody, id: 'user:1', name: 'VZ Berlin' });
    expect(edited.name.en).toBe('VZ Berlin');
    expect(count(t.ctx, 'user_venues')).toBe(1);

    expect(await call(t.router, 'venues.delete', { id: 'user:1' })).toEqual({ deleted: true });
    expect((await call<Venue>(t.router, 'venues.save', consumerBody)).id).toBe('user:2');
    const actions = t.ctx.db.prepare("SELECT action FROM audit_events WHERE action LIKE 'venue.%' ORDER BY id").pluck().all();
    expect(actions).toEqual(['venue.added', 'venue.updated', 'venue.deleted', 'venue.added']);
  });

  it('cannot change or delete shipped venues, nor point at anything but a web page', async () => {
    const t = openTestCore();
    await callError(t.router, 'venues.save', { ...consumerBody, id: 'uk-fos' }, 'conflict');
    await callError(t.router, 'venues.delete', { id: 'uk-fos' }, 'conflict');
    await callError(t.router, 'venues.save', { ...consumerBody, id: 'user:7' }, 'not_found');
    await callError(t.router, 'venues.delete', { id: 'user:7' }, 'not_found');
    expect((await callError(t.router, 'venues.save', { ...consumerBody, url: 'javascript:alert(1)' }, 'invalid_input')).field).toBe('url');
    expect((await callError(t.router, 'venues.save', { ...consumerBody, jurisdiction: 'Germany' }, 'invalid_input')).field).toBe('jurisdiction');
    expect(count(t.ctx, 'user_venues')).toBe(0);
    expect(ids(await call<VenueAnswer>(t.router, 'venues.list', { country: 'GB' }))).toEqual(['uk-fos']);
  });
});
