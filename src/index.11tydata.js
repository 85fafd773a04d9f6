// The overview's review dates (see _includes/partials/review-dates.njk): it shows every step and action.
export default { eleventyComputed: { pageReview: (data) => data.guide.processReview } };
