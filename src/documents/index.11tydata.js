// The library's review dates (see _includes/partials/review-dates.njk): those of the documents it lists.
export default { eleventyComputed: { pageReview: (data) => data.guide.libraryReview } };
