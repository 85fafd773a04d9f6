// Page data for each step page. Functions, not templated strings in front matter: Eleventy renders
// a templated string with Nunjucks, which escapes it, and the layout escapes it again, so a "&" in a
// step's title would show as "&amp;".
const home = { text: "Home", href: "/" };

export default {
  permalink: (data) => data.step.url,
  eleventyComputed: {
    title: (data) => `Step ${data.step.number}: ${data.step.title}`,
    description: (data) => data.step.summary,
    breadcrumbs: () => [home],
    // Its review dates travel with the step, so a prefix or a new address never loses them.
    pageReview: (data) => data.step.pageReview,
  },
};
