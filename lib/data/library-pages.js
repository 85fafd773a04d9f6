/**
 * The document library's pre-rendered views: A to Z, by step and by type, each split into pages of
 * `pageSize` so no page grows with the library. Without JavaScript these views are how a reader
 * narrows the library; with it, the filter form on /documents/ does it instantly.
 */

/**
 * What a library view needs of a document.
 * @typedef {{ id: string, title: string, type: string, pageUrl: string, typeLabel: string, format?: string | undefined, confidence: string, stepIds: string[], stepTitles: string[] }} LibraryDocument
 */
/** The fields a library row needs, so view pages do not carry whole documents. @param {LibraryDocument} doc */
function row(doc) {
  return {
    id: doc.id,
    title: doc.title,
    pageUrl: doc.pageUrl,
    typeLabel: doc.typeLabel,
    format: doc.format ?? null,
    confidence: doc.confidence,
    stepTitles: doc.stepTitles,
  };
}

/**
 * Splits one view's documents into numbered pages.
 * @param {{ kind: string, id: string, title: string, baseUrl: string }} view
 * @param {LibraryDocument[]} docs
 * @param {number} pageSize
 */
function paginate(view, docs, pageSize) {
  const pageCount = Math.max(1, Math.ceil(docs.length / pageSize));
  const pageUrls = Array.from({ length: pageCount }, (_, i) => (i === 0 ? view.baseUrl : `${view.baseUrl}page-${i + 1}/`));
  return pageUrls.map((url, i) => ({
    ...view,
    url,
    pageNumber: i + 1,
    pageCount,
    total: docs.length,
    firstNumber: i * pageSize + 1,
    rows: docs.slice(i * pageSize, (i + 1) * pageSize).map(row),
    pageUrls,
  }));
}

/**
 * Returns every page of every library view.
 * @example libraryPages(steps, documents, documentTypes, 100)[0].url → "/documents/a-z/"
 */
/**
 * @param {ReadonlyArray<{ id: string, number: number, title: string }>} steps
 * @param {ReadonlyArray<LibraryDocument>} documents
 * @param {ReadonlyArray<{ id: string, plural: string }>} documentTypes
 */
export function libraryPages(steps, documents, documentTypes, pageSize = 100) {
  const byTitle = [...documents].sort((a, b) => a.title.localeCompare(b.title, "en-GB", { sensitivity: "base" }));
  const views = [paginate({ kind: "a-z", id: "a-z", title: "Documents A to Z", baseUrl: "/documents/a-z/" }, byTitle, pageSize)];
  for (const step of steps) {
    const docs = byTitle.filter((d) => d.stepIds.includes(step.id));
    views.push(
      paginate(
        { kind: "step", id: step.id, title: `Documents for step ${step.number}: ${step.title}`, baseUrl: `/documents/step/${step.id}/` },
        docs,
        pageSize,
      ),
    );
  }
  for (const type of documentTypes) {
    const docs = byTitle.filter((d) => d.type === type.id);
    if (docs.length > 0)
      views.push(paginate({ kind: "type", id: type.id, title: type.plural, baseUrl: `/documents/type/${type.id}/` }, docs, pageSize));
  }
  return views.flat();
}
