/** Where an edition's exports live, for links in API answers and pages. */
export function editionFeedLinks(base: URL, slug: string) {
  const at = (path: string) => new URL(path, base).href;
  const calendar = at(`/api/editions/${slug}/calendar.ics`);
  return {
    calendar,
    webcal: calendar.replace(/^https?:/, 'webcal:'),
    scheduleXml: at(`/api/editions/${slug}/schedule.xml`),
    scheduleJson: at(`/api/editions/${slug}/schedule.json`),
    programPdf: at(`/api/editions/${slug}/program.pdf`),
  };
}

export function sessionPageUrl(base: URL, editionSlug: string, sessionId: number): string {
  return new URL(`/e/${editionSlug}/sessions/${sessionId}`, base).href;
}
