// Page data for each document page. Functions rather than templated strings: with thousands of
// documents, rendering a template per permalink and title is a measurable part of the build.
const library = { text: "Document library", href: "/documents/" };

export default {
  permalink: (data) => data.doc.pageUrl,
  eleventyComputed: {
    title: (data) => data.doc.title,
    description: (data) => `${data.doc.typeLabel}: ${data.doc.title}`,
    breadcrumbs: () => [{ text: "Home", href: "/" }, library],
    pageReview: (data) => data.doc.pageReview,
  },
};
