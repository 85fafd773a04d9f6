// Search data for the team plan (src/plan.njk), kept beside it so the plan's template stays as it is:
// the layout turns it into the plan's record in the search index (see _includes/layouts/base.njk).
export default {
  search: {
    kind: "Team plan",
    about:
      "Team plan: run the integration as a team, with the owner, target date, progress and notes of every action, shared with your team by a link.",
  },
};
