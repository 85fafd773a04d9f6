// The Atom feed of the change log. Written only when there is something to publish and the site's
// public address (site.yaml's url) to make its links absolute.
export default {
  layout: false,
  eleventyExcludeFromCollections: true,
  permalink: (data) => (data.guide.feed ? data.guide.feed.url : false),
};
