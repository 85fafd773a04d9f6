// The checklist's review dates (see _includes/partials/review-dates.njk): it lists every step and action.
export default { eleventyComputed: { pageReview: (data) => data.guide.processReview } };
