// The technical requirements page, written only when the guide has a technical-requirements.yaml.
export default {
  permalink: (data) => (data.guide.technicalRequirements ? data.guide.technicalRequirements.url : false),
};
