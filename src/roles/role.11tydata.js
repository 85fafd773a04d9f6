// Page data for each role page: functions, not templated front matter, so a title is escaped once.
const crumbs = [
  { text: "Home", href: "/" },
  { text: "Roles", href: "/roles/" },
];

export default {
  permalink: (data) => data.role.url,
  eleventyComputed: {
    title: (data) => `Role: ${data.role.title}`,
    description: (data) => data.role.summary,
    breadcrumbs: () => crumbs,
    pageReview: (data) => data.role.pageReview,
    // Its record in the search index (see _includes/layouts/base.njk): what this role does, filtered as a role.
    search: (data) => ({ kind: "Role", about: `What the ${data.role.title} role does: ${data.role.summary}` }),
  },
};
