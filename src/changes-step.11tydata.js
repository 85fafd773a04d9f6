// Page data for the change log filtered to one step (/changes/step/<step-id>/). Functions, not
// templated front matter, for the reason given in src/steps/step.11tydata.js.
export default {
  permalink: (data) => data.changeStep.changesUrl,
  eleventyComputed: {
    title: (data) => `What's new in step ${data.changeStep.number}: ${data.changeStep.title}`,
    description: (data) =>
      `Changes to NHS login's integration process and to this guide that concern step ${data.changeStep.number}: ${data.changeStep.title}.`,
    breadcrumbs: () => [
      { text: "Home", href: "/" },
      { text: "What's new", href: "/changes/" },
    ],
  },
};
