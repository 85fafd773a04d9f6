// Page data for each page of a library view (A to Z, by step, by type). See document.11tydata.js for why functions.
export default {
  permalink: (data) => data.view.url,
  eleventyComputed: {
    title: (data) =>
      data.view.pageCount > 1 ? `${data.view.title} (page ${data.view.pageNumber} of ${data.view.pageCount})` : data.view.title,
    description: (data) => `${data.view.title}: documents from the NHS login integration document library.`,
    breadcrumbs: () => [
      { text: "Home", href: "/" },
      { text: "Document library", href: "/documents/" },
    ],
    pageReview: (data) => data.view.pageReview,
  },
};
