// The glossary's review dates (see _includes/partials/review-dates.njk): those of the terms it defines.
export default { eleventyComputed: { pageReview: (data) => data.guide.glossary.pageReview } };
